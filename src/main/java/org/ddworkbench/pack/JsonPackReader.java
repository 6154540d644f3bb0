package org.ddworkbench.pack;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.Threshold;

/**
 * Reads metric packs strictly with Jackson (no unknown fields, duplicate keys or type coercion), validates
 * them semantically, and fingerprints their canonical JSON.
 */
public final class JsonPackReader implements PackReader {
    /** Packs are small; anything bigger is refused before parsing. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    static final String BUNDLED_RESOURCE = "forced-labour-core.json";

    private final JsonMapper mapper = PackJsonMapper.create();
    private final CanonicalJson canonicalJson = new CanonicalJson();
    private LoadedPack bundled;

    @Override
    public LoadedPack read(Path file) throws PackException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooBig(name, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, name);
            }
        } catch (NoSuchFileException e) {
            throw new PackException(name, JsonPaths.ROOT, "the file does not exist", e);
        } catch (IOException e) {
            throw new PackException(name, JsonPaths.ROOT, "the file could not be read (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public LoadedPack read(InputStream json, String sourceName) throws PackException {
        byte[] bytes;
        try {
            bytes = json.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new PackException(sourceName, JsonPaths.ROOT, "the pack could not be read (" + e.getMessage() + ")", e);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooBig(sourceName, bytes.length);
        }
        return read(bytes, sourceName);
    }

    @Override
    public synchronized LoadedPack bundled() {
        if (bundled == null) {
            try (InputStream in = JsonPackReader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled metric pack " + BUNDLED_RESOURCE + " is missing from the build");
                }
                bundled = read(in, BUNDLED_RESOURCE);
            } catch (PackException | IOException e) {
                // The bundled pack is part of the build; if it does not read, the build is broken.
                throw new IllegalStateException("the bundled metric pack is invalid: " + e.getMessage(), e);
            }
        }
        return bundled;
    }

    private LoadedPack read(byte[] bytes, String sourceName) throws PackException {
        JacksonProblems problems = new JacksonProblems(sourceName);
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (StreamConstraintsException e) {
            throw problems.limit(e);
        } catch (StreamReadException e) {
            throw problems.parsing(e);
        } catch (DatabindException e) {
            throw problems.parsing(e);
        } catch (IOException e) {
            throw new PackException(sourceName, JsonPaths.ROOT, "the pack could not be read (" + e.getMessage() + ")", e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new PackException(sourceName, JsonPaths.ROOT, "the file is empty");
        }
        if (!tree.isObject()) {
            throw new PackException(sourceName, JsonPaths.ROOT, "a metric pack must be a JSON object { ... }");
        }
        new RequiredFields(sourceName).check(tree);
        MetricPack pack;
        try {
            pack = mapper.treeToValue(tree, MetricPack.class);
        } catch (DatabindException e) {
            throw problems.binding(e, tree);
        } catch (StreamReadException e) {
            throw problems.binding(e);
        } catch (IOException e) {
            throw new PackException(sourceName, JsonPaths.ROOT, "the pack could not be read (" + e.getMessage() + ")", e);
        }
        new PackValidator(sourceName).validate(pack);
        String canonical = canonicalJson.canonicalise(tree);
        return new LoadedPack(withDoubleThresholds(pack), canonical, canonicalJson.fingerprint(canonical));
    }

    private static PackException tooBig(String sourceName, long size) {
        return new PackException(sourceName, JsonPaths.ROOT, String.format(Locale.ROOT,
                "the file is %.1f MB; a metric pack may be at most %d MB", size / (1024.0 * 1024.0), MAX_BYTES / (1024 * 1024)));
    }

    /** Numeric threshold values become {@link Double}s whatever their JSON spelling (5, 5.0, 5e0). */
    private static MetricPack withDoubleThresholds(MetricPack p) {
        List<Metric> metrics = p.metrics().stream().map(m -> new Metric(m.id(), m.label(), m.description(), m.type(),
                m.unit(), m.min(), m.max(), m.allowedValues(), m.level(), m.collectedBy(), m.indicators(), m.synonyms(),
                m.required(), m.thresholds().stream().map(JsonPackReader::withDoubleValue).toList())).toList();
        return new MetricPack(p.format(), p.id(), p.version(), p.title(), p.description(), p.publisher(), p.sources(),
                p.dimensions(), p.indicators(), metrics, p.findingScales(), p.crossChecks(), p.combinationRule(),
                p.checkPolicy(), p.auditPolicy(), p.riskModel(), p.disclosure());
    }

    private static Threshold withDoubleValue(Threshold t) {
        Object value = t.value() instanceof Number n ? (Object) n.doubleValue() : t.value();
        return new Threshold(t.id(), t.operator(), value, t.minShare(), t.flag(), t.basis(), t.source());
    }
}
