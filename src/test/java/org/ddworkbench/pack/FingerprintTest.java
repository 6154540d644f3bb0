package org.ddworkbench.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.pack.PackFixtures.bundledTree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fingerprint depends on the values of a pack, not on its formatting or key order. */
class FingerprintTest {
    private final String bundledFingerprint = new JsonPackReader().bundled().fingerprint();

    private static String fingerprintOf(String json) throws PackException {
        return PackFixtures.read(json).fingerprint();
    }

    /** The same tree with the keys of every object in reverse order. */
    private static JsonNode reversedKeys(JsonNode node) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
            Collections.reverse(members);
            ObjectNode copy = PackFixtures.JSON.createObjectNode();
            members.forEach(m -> copy.set(m.getKey(), reversedKeys(m.getValue())));
            return copy;
        }
        if (node.isArray()) {
            var copy = PackFixtures.JSON.createArrayNode();
            node.forEach(e -> copy.add(reversedKeys(e)));
            return copy;
        }
        return node;
    }

    @Test
    void fingerprintIgnoresFormatting() throws Exception {
        assertThat(fingerprintOf(bundledTree().toPrettyString())).isEqualTo(bundledFingerprint);
        assertThat(fingerprintOf(bundledTree().toString())).isEqualTo(bundledFingerprint);
    }

    @Test
    void fingerprintIgnoresKeyOrder() throws Exception {
        String reordered = reversedKeys(bundledTree()).toString();

        assertThat(reordered).isNotEqualTo(bundledTree().toString());
        assertThat(fingerprintOf(reordered)).isEqualTo(bundledFingerprint);
    }

    @Test
    void fingerprintChangesWhenAnyValueChanges() throws Exception {
        ObjectNode tree = bundledTree();
        ((ObjectNode) tree.get("disclosure")).put("minCellSize", 6);

        assertThat(fingerprintOf(tree.toString())).isNotEqualTo(bundledFingerprint);
    }

    @Test
    void fingerprintChangesWhenATextChanges() throws Exception {
        ObjectNode tree = bundledTree();
        ((ObjectNode) tree.get("metrics").get(0)).put("label", "Recruitment fees charged to workers.");

        assertThat(fingerprintOf(tree.toString())).isNotEqualTo(bundledFingerprint);
    }

    @Test
    void fingerprintTreatsEqualNumbersAsEqual() throws Exception {
        String json = bundledTree().toString();
        assertThat(json).contains("\"epsilonBudget\":5.0");

        assertThat(fingerprintOf(json.replace("\"epsilonBudget\":5.0", "\"epsilonBudget\":5"))).isEqualTo(bundledFingerprint);
        assertThat(fingerprintOf(json.replace("\"epsilonBudget\":5.0", "\"epsilonBudget\":5e0"))).isEqualTo(bundledFingerprint);
        assertThat(fingerprintOf(json.replace("\"epsilonBudget\":5.0", "\"epsilonBudget\":5.000"))).isEqualTo(bundledFingerprint);
    }

    @Test
    void fingerprintTreatsAbsentAndNullOptionalFieldsAlike() throws Exception {
        ObjectNode tree = bundledTree();
        ((ObjectNode) tree.get("metrics").get(0)).remove("unit");

        assertThat(fingerprintOf(tree.toString())).isEqualTo(bundledFingerprint);
    }

    @Test
    void canonicalJsonSortsKeysStripsZerosAndDropsWhiteSpace() throws Exception {
        JsonNode tree = PackFixtures.JSON.readTree("{\"b\": [1.50, -0, 1e2], \"a\": {\"y\": null, \"x\": \"t\\\"\"}}");

        assertThat(new CanonicalJson().canonicalise(tree)).isEqualTo("{\"a\":{\"x\":\"t\\\"\"},\"b\":[1.5,0,100]}");
    }

    @Test
    void canonicalJsonIsStoredWithThePack() {
        LoadedPack pack = new JsonPackReader().bundled();

        assertThat(pack.fingerprint()).isEqualTo(new CanonicalJson().fingerprint(pack.canonicalJson()));
        assertThat(pack.canonicalJson()).startsWith("{\"auditPolicy\":{").doesNotContain("\n");
    }
}
