package org.ddworkbench.proof.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.proof.hostile.CorpusEntry.FileMaker;
import org.ddworkbench.proof.hostile.CorpusEntry.Route;

/**
 * The corpus's bad metric packs, made by editing the bundled pack: malformed JSON, wrong schema, huge numbers
 * and strings, duplicate ids and keys, dangling references, deep nesting and oversized files.
 */
final class PackCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<CorpusEntry> entries = new ArrayList<>();

    private PackCorpus() {
    }

    static List<CorpusEntry> entries() {
        PackCorpus corpus = new PackCorpus();
        corpus.malformed();
        corpus.wrongSchema();
        corpus.wrongReferences();
        corpus.oversized();
        return corpus.entries;
    }

    private void malformed() {
        add("malformed JSON", "pack-truncated.json", "truncated", file -> {
            byte[] whole = bundled().getBytes(StandardCharsets.UTF_8);
            Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        });
        add("malformed JSON", "pack-binary-junk.json", "not valid JSON", file -> {
            byte[] junk = new byte[4_000];
            new Random(5).nextBytes(junk);
            Files.write(file, junk);
        });
        add("malformed JSON", "pack-empty.json", "empty", file -> Files.write(file, new byte[0]));
        add("malformed JSON", "pack-duplicate-key.json", "duplicate key", file -> Files.writeString(file,
                bundled().replaceFirst("\\{", "{\"id\":\"shadow-pack\",")));
        add("malformed JSON", "pack-nan-threshold.json", "NaN and infinite numbers are not allowed", file -> Files.writeString(file,
                edited(pack -> firstMetric(pack).put("min", 0)).replaceFirst("\"min\":0", "\"min\":NaN")));
    }

    private void wrongSchema() {
        add("wrong schema", "pack-unknown-field.json", "unknown field", file -> Files.writeString(file,
                edited(pack -> pack.put("surprise", true))));
        add("wrong schema", "pack-metrics-not-a-list.json", "$.metrics", file -> Files.writeString(file,
                edited(pack -> pack.put("metrics", "many"))));
        add("wrong schema", "pack-missing-id.json", "id", file -> Files.writeString(file,
                edited(pack -> pack.remove("id"))));
        add("huge number", "pack-number-beyond-double.json", "finite number", file -> Files.writeString(file,
                edited(pack -> numberMetric(pack).put("max", 1)).replaceFirst("\"max\":1", "\"max\":1e400")));
        add("huge number", "pack-number-with-many-digits.json", "too many digits", file -> Files.writeString(file,
                edited(pack -> numberMetric(pack).put("max", 1)).replaceFirst("\"max\":1", "\"max\":" + "9".repeat(5_000))));
    }

    private void wrongReferences() {
        add("duplicate id", "pack-duplicate-metric-id.json", "duplicate", file -> Files.writeString(file,
                edited(pack -> pack.withArray("metrics").add(firstMetric(pack).deepCopy()))));
        add("dangling reference", "pack-metric-with-unknown-indicator.json", "no-such-indicator",
                file -> Files.writeString(file, edited(pack -> firstMetric(pack).withArray("indicators")
                        .add("no-such-indicator"))));
        add("dangling reference", "pack-cross-check-with-unknown-metric.json", "no_such_metric",
                file -> Files.writeString(file, edited(pack -> ((ObjectNode) ((ObjectNode) pack.withArray("crossChecks")
                        .get(0)).get("selfAssessed")).put("metric", "no_such_metric"))));
        add("dangling reference", "pack-indicator-in-unknown-dimension.json", "no-such-dimension",
                file -> Files.writeString(file, edited(pack -> ((ObjectNode) pack.withArray("indicators").get(0))
                        .withArray("dimensions").add("no-such-dimension"))));
    }

    private void oversized() {
        add("deep nesting", "pack-deeply-nested.json", "nests deeper than", file -> Files.writeString(file,
                "{\"description\":" + "[".repeat(100_000)));
        add("huge file", "pack-over-five-megabytes.json", "at most 5 MB", file -> {
            byte[] bytes = new byte[(int) JsonPackReader.MAX_BYTES + 10];
            Arrays.fill(bytes, (byte) ' ');
            bytes[0] = '{';
            Files.write(file, bytes);
        });
    }

    private void add(String category, String name, String expected, FileMaker maker) {
        entries.add(new CorpusEntry(category, name, Route.PACK, expected, maker));
    }

    private static ObjectNode numberMetric(ObjectNode pack) {
        for (var metric : pack.withArray("metrics")) {
            if (metric.get("type").asText().equals("number")) {
                return (ObjectNode) metric;
            }
        }
        throw new IllegalStateException("the bundled pack has no number metric");
    }

    private static ObjectNode firstMetric(ObjectNode pack) {
        return (ObjectNode) pack.withArray("metrics").get(0);
    }

    private static String bundled() {
        try (InputStream in = JsonPackReader.class.getResourceAsStream("forced-labour-core.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled pack, edited as a JSON tree and written compactly. */
    private static String edited(Consumer<ObjectNode> edit) {
        try {
            ObjectNode pack = (ObjectNode) JSON.readTree(bundled());
            edit.accept(pack);
            return JSON.writeValueAsString(pack);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
