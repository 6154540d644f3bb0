package org.ddworkbench.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Test helpers: the bundled pack as an editable JSON tree, and the published JSON Schema. */
final class PackFixtures {
    static final ObjectMapper JSON = new ObjectMapper();

    private PackFixtures() {
    }

    /** A fresh, editable copy of the bundled pack's JSON. */
    static ObjectNode bundledTree() {
        try (InputStream in = JsonPackReader.class.getResourceAsStream(JsonPackReader.BUNDLED_RESOURCE)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LoadedPack read(JsonNode tree) throws PackException {
        return read(tree.toString());
    }

    static LoadedPack read(String json) throws PackException {
        return new JsonPackReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test-pack.json");
    }

    static Set<ValidationMessage> schemaErrors(JsonNode tree) {
        try (InputStream in = Files.newInputStream(Path.of("docs", "metric-pack.schema.json"))) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            return schema.validate(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode metric(ObjectNode pack, String id) {
        for (JsonNode metric : pack.withArray("metrics")) {
            if (metric.get("id").asText().equals(id)) {
                return (ObjectNode) metric;
            }
        }
        throw new IllegalArgumentException("no metric " + id);
    }

    static int metricIndex(ObjectNode pack, String id) {
        JsonNode metrics = pack.get("metrics");
        for (int i = 0; i < metrics.size(); i++) {
            if (metrics.get(i).get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no metric " + id);
    }
}
