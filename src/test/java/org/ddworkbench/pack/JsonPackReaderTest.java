package org.ddworkbench.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ddworkbench.pack.PackFixtures.bundledTree;
import static org.ddworkbench.pack.PackFixtures.metric;
import static org.ddworkbench.pack.PackFixtures.metricIndex;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad pack is refused with a plain message at the right JSON path. */
class JsonPackReaderTest {
    @TempDir
    Path dir;

    private static PackException refusal(ObjectNode tree) {
        return refusal(tree.toString());
    }

    private static PackException refusal(String json) {
        try {
            PackFixtures.read(json);
        } catch (PackException e) {
            return e;
        }
        throw new AssertionError("the pack was accepted");
    }

    private static void assertRefused(Consumer<ObjectNode> edit, String path, String problem) {
        ObjectNode tree = bundledTree();
        edit.accept(tree);
        PackException e = refusal(tree);
        assertThat(e.jsonPath()).isEqualTo(path);
        assertThat(e.getMessage()).startsWith("test-pack.json at " + path + ": ").contains(problem);
    }

    @Test
    void readerAcceptsTheBundledJsonFromAFile() throws Exception {
        Path file = dir.resolve("pack.json");
        Files.writeString(file, bundledTree().toPrettyString());

        LoadedPack pack = new JsonPackReader().read(file);

        assertThat(pack.fingerprint()).isEqualTo(new JsonPackReader().bundled().fingerprint());
    }

    @Test
    void readerRejectsUnknownField() {
        assertRefused(t -> ((ObjectNode) t.get("metrics").get(3)).put("colour", "red"),
                "$.metrics[3].colour", "unknown field \"colour\"");
    }

    @Test
    void readerRejectsTextWhereANumberIsExpected() {
        assertRefused(t -> ((ObjectNode) t.get("disclosure")).put("minCellSize", "5"),
                "$.disclosure.minCellSize", "expected a whole number but found a text (\"5\")");
    }

    @Test
    void readerRejectsNumberWhereATextIsExpected() {
        assertRefused(t -> ((ObjectNode) t.get("metrics").get(0)).put("label", 5),
                "$.metrics[0].label", "expected a text in quotes but found a whole number");
    }

    @Test
    void readerRejectsNumberWhereABooleanIsExpected() {
        assertRefused(t -> ((ObjectNode) t.get("metrics").get(0)).put("required", 1),
                "$.metrics[0].required", "expected true or false");
    }

    @Test
    void readerRejectsFractionForAnIntegerField() {
        assertRefused(t -> ((ObjectNode) t.get("disclosure")).put("minCellSize", 5.5),
                "$.disclosure.minCellSize", "expected a whole number but found a decimal number");
    }

    @Test
    void readerRejectsEnumInCapitals() {
        assertRefused(t -> ((ObjectNode) t.get("metrics").get(0).get("thresholds").get(0)).put("operator", "EQ"),
                "$.metrics[0].thresholds[0].operator", "\"EQ\" is not one of: gt, ge, lt, le, eq, ne");
    }

    @Test
    void readerRejectsMissingRequiredField() {
        assertRefused(t -> ((ObjectNode) t.get("metrics").get(2)).remove("required"),
                "$.metrics[2].required", "the required field \"required\" is missing");
    }

    @Test
    void readerRejectsMissingList() {
        assertRefused(t -> ((ObjectNode) t.get("metrics").get(2)).remove("synonyms"),
                "$.metrics[2].synonyms", "is missing");
    }

    @Test
    void readerRejectsBlankLabel() {
        assertRefused(t -> ((ObjectNode) t.get("indicators").get(1)).put("label", "  "),
                "$.indicators[1].label", "must not be blank");
    }

    @Test
    void readerRejectsDuplicateJsonKeyWithItsPathAndLine() {
        String json = bundledTree().toPrettyString().replaceFirst("\"version\" : \"1.2.0\",",
                "\"version\" : \"1.2.0\",\n  \"version\" : \"1.2.1\",");

        PackException e = refusal(json);

        assertThat(e.jsonPath()).isEqualTo("$.version");
        assertThat(e.getMessage()).contains("duplicate key \"version\" at line 5");
    }

    @Test
    void readerRejectsDuplicateMetricId() {
        assertRefused(t -> ((ObjectNode) t.get("metrics").get(5)).put("id", "workers_total"),
                "$.metrics[" + metricIndex(bundledTree(), "workers_total") + "].id",
                "duplicate metric id \"workers_total\"");
    }

    @Test
    void readerRejectsMetricOnUnknownIndicator() {
        assertRefused(t -> ((ArrayNode) t.get("metrics").get(4).get("indicators")).add("debt-bondag"),
                "$.metrics[4].indicators[1]", "unknown indicator \"debt-bondag\"");
    }

    @Test
    void readerRejectsThresholdOnUnknownSource() {
        assertRefused(t -> ((ObjectNode) t.get("metrics").get(0).get("thresholds").get(0)).put("source", "ilo-2099"),
                "$.metrics[0].thresholds[0].source", "unknown source \"ilo-2099\"");
    }

    @Test
    void readerRejectsThresholdValueOfTheWrongType() {
        assertRefused(t -> ((ObjectNode) t.get("metrics").get(0).get("thresholds").get(0)).put("value", "true"),
                "$.metrics[0].thresholds[0].value", "must be true or false for a boolean metric");
    }

    @Test
    void readerRejectsThresholdValueOutsideTheMetricRange() {
        int i = metricIndex(bundledTree(), "wage_delay_days");
        assertRefused(t -> ((ObjectNode) metric(t, "wage_delay_days").get("thresholds").get(0)).put("value", 400),
                "$.metrics[" + i + "].thresholds[0].value", "must be from 0 to 365, not 400");
    }

    @Test
    void readerRejectsChoiceThresholdOutsideAllowedValues() {
        int i = metricIndex(bundledTree(), "audit_type");
        assertRefused(t -> ((ArrayNode) metric(t, "audit_type").get("thresholds")).addObject()
                        .put("id", "x").put("operator", "eq").put("value", "surprise").put("flag", "amber").put("basis", "b"),
                "$.metrics[" + i + "].thresholds[0].value", "\"surprise\" is not one of the allowed values");
    }

    @Test
    void readerRejectsCrossCheckOnUnknownMetric() {
        assertRefused(t -> ((ObjectNode) t.get("crossChecks").get(0).get("observed")).put("metric", "fees_paid"),
                "$.crossChecks[0].observed.metric", "unknown metric \"fees_paid\"");
    }

    @Test
    void readerRejectsCrossCheckOnASourceTheMetricIsNotCollectedBy() {
        assertRefused(t -> ((ObjectNode) t.get("crossChecks").get(0).get("observed")).put("source", "audit"),
                "$.crossChecks[0].observed.source",
                "metric \"paid_recruitment_fee\" is not collected by audit (it is collected by worker_survey)");
    }

    @Test
    void readerRejectsMinCellSizeBelowTheFloor() {
        assertRefused(t -> ((ObjectNode) t.get("disclosure")).put("minCellSize", 2),
                "$.disclosure.minCellSize", "must be at least minCellSizeFloor (3), not 2");
    }

    @Test
    void readerRejectsDefaultEpsilonAboveTheBudget() {
        assertRefused(t -> ((ObjectNode) t.get("disclosure")).put("defaultEpsilon", 6.0),
                "$.disclosure.defaultEpsilon", "at most 5");
    }

    @Test
    void readerRejectsWrongFormatString() {
        assertRefused(t -> t.put("format", "ddw-metric-pack/2"),
                "$.format", "unsupported format \"ddw-metric-pack/2\"");
    }

    @Test
    void readerRejectsLowerCaseCountryCode() {
        assertRefused(t -> ((ObjectNode) t.get("riskModel").get("countryRisk")).put("th", 0.2),
                "$.riskModel.countryRisk.th", "not an ISO 3166-1 alpha-2 country code");
    }

    @Test
    void readerRejectsUnknownSeverityKey() {
        assertRefused(t -> ((ObjectNode) t.get("riskModel").get("severityWeights")).put("severe", 1),
                "$.riskModel.severityWeights.severe", "\"severe\" is not one of: critical, high, medium, low, info");
    }

    @Test
    void readerRejectsNumbersTooLargeToBeFinite() {
        String json = bundledTree().toString().replace("\"epsilonBudget\":5.0", "\"epsilonBudget\":1e400");

        PackException e = refusal(json);

        assertThat(e.jsonPath()).isEqualTo("$.disclosure.epsilonBudget");
        assertThat(e.getMessage()).contains("must be a finite number");
    }

    @Test
    void readerRejectsTruncatedJsonWithLineAndColumn() {
        String json = bundledTree().toPrettyString();
        String truncated = json.substring(0, json.length() / 2);

        PackException e = refusal(truncated);

        assertThat(e.jsonPath()).isEqualTo("$");
        assertThat(e.getMessage()).containsPattern("not valid JSON at line \\d+, column \\d+")
                .contains("ends too early");
    }

    @Test
    void readerRejectsTextThatIsNotJson() {
        PackException e = refusal("metrics: none");

        assertThat(e.jsonPath()).isEqualTo("$");
        assertThat(e.getMessage()).startsWith("test-pack.json at $: not valid JSON at line 1, column");
    }

    @Test
    void readerRejectsContentAfterThePack() {
        PackException e = refusal(bundledTree().toString() + " {}");

        assertThat(e.jsonPath()).isEqualTo("$");
        assertThat(e.getMessage()).contains("unexpected content after the end of the pack");
    }

    @Test
    void readerRejectsEmptyFileAndNonObjects() {
        assertThat(refusal("").getMessage()).contains("the file is empty");
        assertThat(refusal("[1, 2]").getMessage()).contains("must be a JSON object");
    }

    @Test
    void readerRejectsFileOverFiveMegabytesBeforeParsing() throws IOException {
        Path file = dir.resolve("huge.json");
        Files.write(file, new byte[(int) JsonPackReader.MAX_BYTES + 1]);

        assertThatThrownBy(() -> new JsonPackReader().read(file))
                .isInstanceOf(PackException.class)
                .hasMessage("huge.json at $: the file is 5.0 MB; a metric pack may be at most 5 MB");
    }

    @Test
    void readerRejectsStreamOverFiveMegabytes() {
        byte[] bytes = " ".repeat((int) JsonPackReader.MAX_BYTES + 10).getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> new JsonPackReader().read(new ByteArrayInputStream(bytes), "stream.json"))
                .isInstanceOf(PackException.class)
                .hasMessageContaining("may be at most 5 MB");
    }

    @Test
    void readerNamesAMissingFile() {
        assertThatThrownBy(() -> new JsonPackReader().read(dir.resolve("absent.json")))
                .isInstanceOf(PackException.class)
                .hasMessage("absent.json at $: the file does not exist");
    }
}
