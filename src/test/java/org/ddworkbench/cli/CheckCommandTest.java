package org.ddworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.ddworkbench.cli.CliHarness.Result;
import org.ddworkbench.model.ActivityEntry;
import org.ddworkbench.store.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}, {@code findings}, {@code finding} and {@code review} in-process on a copy of the sample project. */
class CheckCommandTest {
    private static final String PASSPHRASE = SampleCopies.PASSPHRASE;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    private static SampleCopies sample;

    @TempDir
    Path temp;

    private CliHarness cli;
    private String project;

    @BeforeAll
    static void buildSample() throws Exception {
        sample = SampleCopies.build(new CliHarness(shared.resolve("home")).app, shared.resolve("sample"));
    }

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliHarness(temp.resolve("home"));
        project = sample.copy(temp.resolve("project")).toString();
    }

    @Test
    void checkPrintsTheSummaryWithEverySeverityAndTheIndicatorLabelsOfThePack() {
        Result result = cli.run(PASSPHRASE, "check", project, "--as-of", SampleCopies.AS_OF);

        assertThat(result.exitCode()).as(result.err()).isZero();
        // The sample is built checked as of its scenario date, so nothing has changed since.
        assertThat(result.out()).contains("Checked as of 2025-06-30, assessment period ", "Suppliers: 0 checked",
                "Findings: ", "Open findings by severity:", "critical", "high", "medium", "low", "info",
                "Open findings by ILO indicator:", "Retention of identity documents", "Excessive overtime",
                "Debt bondage");
        assertThat(result.out()).containsPattern("Findings: 0 opened, 0 closed, [1-9][0-9]* open");
        assertThat(result.err()).doesNotContain("ddw:");
    }

    @Test
    void aSecondCheckKeepsEverythingAndFullEvaluatesEverySupplierAgain() {
        assertThat(cli.run(PASSPHRASE, "check", project, "--as-of", SampleCopies.AS_OF).exitCode()).isZero();

        Result again = cli.run(PASSPHRASE, "check", project, "--as-of", SampleCopies.AS_OF);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("Suppliers: 0 checked, 12 unchanged", "Findings: 0 opened, 0 closed");

        Result full = cli.run(PASSPHRASE, "check", project, "--as-of", SampleCopies.AS_OF, "--full");
        assertThat(full.exitCode()).as(full.err()).isZero();
        assertThat(full.out()).contains("Suppliers: 12 checked", "Findings: 0 opened, 0 closed");
    }

    @Test
    void checkJsonHoldsTheSummaryAndEveryOpenFindingWithItsEvidenceCells() throws Exception {
        Result result = cli.run(PASSPHRASE, "check", project, "--as-of", SampleCopies.AS_OF, "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();

        JsonNode root = JSON.readTree(result.out());
        JsonNode summary = root.get("summary");
        assertThat(summary.get("asOf").asText()).isEqualTo("2025-06-30");
        assertThat(fieldNames(summary.get("openBySeverity"))).containsExactly("critical", "high", "medium", "low", "info");
        int bySeverity = 0;
        for (JsonNode count : summary.get("openBySeverity")) {
            bySeverity += count.asInt();
        }
        assertThat(bySeverity).isEqualTo(summary.get("open").asInt());
        JsonNode findings = root.get("findings");
        assertThat(findings).hasSize(summary.get("open").asInt());
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.get("id").asLong()).isPositive();
            assertThat(finding.get("status").asText()).isEqualTo("open");
            assertThat(finding.get("review").get("state").asText()).isEqualTo("unreviewed");
            assertThat(fieldNames(finding)).contains("ruleId", "kind", "severity", "supplier", "country", "site",
                    "period", "indicators", "title", "explanation", "values", "evidence");
        });
        JsonNode cell = firstEvidence(findings);
        assertThat(cell.get("file").asText()).isNotBlank();
        assertThat(cell.get("row").asInt()).isPositive();
        assertThat(cell.get("column").asText()).matches("[A-Z]+");
        assertThat(cell.get("reference").asText()).endsWith(cell.get("column").asText() + cell.get("row").asInt());
        assertThat(cell.has("value")).as("stored values stay in the project").isFalse();
    }

    @Test
    void findingsListsOneAlignedLinePerOpenFindingAndFiltersBySupplier() throws Exception {
        JsonNode findings = checkJson().get("findings");

        Result list = cli.run(PASSPHRASE, "findings", project);
        assertThat(list.exitCode()).as(list.err()).isZero();
        List<String> lines = list.out().lines().toList();
        assertThat(lines.get(0)).contains("ID", "Severity", "Supplier", "Title", "Review");
        assertThat(lines).hasSize(findings.size() + 1);
        int titleColumn = lines.get(0).indexOf("Title");
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line.charAt(titleColumn - 1)).isEqualTo(' '));

        JsonNode withSupplier = first(findings, f -> !f.get("supplier").get("id").isNull());
        long supplierId = withSupplier.get("supplier").get("id").asLong();
        String name = withSupplier.get("supplier").get("name").asText();
        Result one = cli.run(PASSPHRASE, "findings", project, "--supplier", Long.toString(supplierId), "--json");
        assertThat(one.exitCode()).as(one.err()).isZero();
        JsonNode filtered = JSON.readTree(one.out()).get("findings");
        assertThat(filtered).isNotEmpty().allSatisfy(f -> assertThat(f.get("supplier").get("id").asLong()).isEqualTo(supplierId));
        Result text = cli.run(PASSPHRASE, "findings", project, "--supplier", Long.toString(supplierId));
        assertThat(text.out().lines().skip(1)).hasSize(filtered.size())
                .allSatisfy(line -> assertThat(line).contains(name.length() > 30 ? name.substring(0, 30) : name));

        Result unknown = cli.run(PASSPHRASE, "findings", project, "--supplier", "99999");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.errLines()).singleElement().asString().startsWith("ddw: --supplier: there is no supplier #99999");
    }

    @Test
    void findingShowsOneFindingWithEveryEvidenceCellAndItsFile() throws Exception {
        JsonNode findings = checkJson().get("findings");
        JsonNode finding = first(findings, f -> f.get("evidence").size() > 0);
        long id = finding.get("id").asLong();

        Result result = cli.run(PASSPHRASE, "finding", project, Long.toString(id));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Finding #" + id + ": " + finding.get("title").asText())
                .contains("Severity:", "Rule:        " + finding.get("ruleId").asText(), "Period:", "Indicators:",
                        "Explanation:", "Evidence (");
        for (JsonNode cell : finding.get("evidence")) {
            assertThat(result.out()).contains(cell.get("reference").asText() + " ")
                    .contains(cell.get("file").asText());
        }
    }

    @Test
    void anUnknownFindingIsRefusedWithOneLine() {
        Result result = cli.run(PASSPHRASE, "finding", project, "99999");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("ddw: There is no finding #99999 in ").endsWith("`ddw findings --all` lists them.");
    }

    @Test
    void reviewRecordsTheStateAndReasonKeepsItAcrossChecksAndLogsIt() throws Exception {
        long id = checkJson().get("findings").get(0).get("id").asLong();
        int entriesBefore = logEntries().size();

        Result review = cli.run(PASSPHRASE, "review", project, Long.toString(id), "--state", "disputed", "--reason",
                "Audit interviews contradict the survey sample");
        assertThat(review.exitCode()).as(review.err()).isZero();
        assertThat(review.out()).contains("Finding #" + id, "is now disputed");
        assertThat(logEntries()).hasSizeGreaterThan(entriesBefore);

        assertThat(cli.run(PASSPHRASE, "check", project, "--as-of", SampleCopies.AS_OF).exitCode()).isZero();
        Result shown = cli.run(PASSPHRASE, "finding", project, Long.toString(id));
        assertThat(shown.out()).contains("Review:      disputed: Audit interviews contradict the survey sample");
        assertThat(cli.run(PASSPHRASE, "findings", project).out()).containsPattern("(?m)^\\s*" + id + "\\s.*disputed");

        Result falsePositive = cli.run(PASSPHRASE, "review", project, Long.toString(id), "--state", "FALSE-POSITIVE",
                "--reason", "Same worker counted twice");
        assertThat(falsePositive.exitCode()).as(falsePositive.err()).isZero();
        assertThat(falsePositive.out()).contains("is now false-positive");
    }

    @Test
    void reviewRefusesAMissingReasonAnUnknownStateAndAnUnknownFinding() throws Exception {
        long id = checkJson().get("findings").get(0).get("id").asLong();

        Result noReason = cli.run(PASSPHRASE, "review", project, Long.toString(id), "--state", "false-positive");
        assertThat(noReason.exitCode()).isEqualTo(2);
        assertThat(noReason.errLines().get(0))
                .isEqualTo("ddw: --reason is required when --state is false-positive: say why.");

        Result badState = cli.run(PASSPHRASE, "review", project, Long.toString(id), "--state", "maybe");
        assertThat(badState.exitCode()).isEqualTo(2);
        assertThat(badState.errLines().get(0)).contains("--state", "unknown review state 'maybe': use one of unreviewed,"
                + " confirmed, disputed, false-positive.");

        Result unknown = cli.run(PASSPHRASE, "review", project, "99999", "--state", "confirmed");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.errLines()).singleElement().asString().startsWith("ddw: There is no finding #99999");

        Result confirmed = cli.run(PASSPHRASE, "review", project, Long.toString(id), "--state", "confirmed");
        assertThat(confirmed.exitCode()).as(confirmed.err()).isZero();
    }

    @Test
    void badDatesWrongPassphrasesAndHelpBehaveLikeTheOtherCommands() {
        Result badDate = cli.run(PASSPHRASE, "check", project, "--as-of", "30/06/2025");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.errLines().get(0)).contains("--as-of", "'30/06/2025' is not a date: write it as YYYY-MM-DD.");

        Result wrong = cli.run("not the passphrase", "findings", project);
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.errLines()).singleElement().asString().startsWith("ddw: ");

        for (String command : List.of("check", "findings", "finding", "review")) {
            Result help = cli.run(null, command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).contains("Usage: ddw " + command, "--passphrase-file");
        }
        assertThat(cli.run(null, "--help").out()).contains("check", "findings", "finding", "review", "risk", "actions",
                "action");
    }

    private JsonNode checkJson() throws Exception {
        Result result = cli.run(PASSPHRASE, "check", project, "--as-of", SampleCopies.AS_OF, "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode root = JSON.readTree(result.out());
        assertThat(root.get("findings")).as("the sample has planted problems").isNotEmpty();
        return root;
    }

    private List<ActivityEntry> logEntries() throws Exception {
        try (Project open = cli.app.projects().open(Path.of(project), PASSPHRASE.toCharArray())) {
            return open.activityLog().entries();
        }
    }

    private static JsonNode firstEvidence(JsonNode findings) {
        return first(findings, f -> f.get("evidence").size() > 0 && !f.get("evidence").get(0).get("column").isNull())
                .get("evidence").get(0);
    }

    private static JsonNode first(JsonNode array, Predicate<JsonNode> test) {
        for (JsonNode node : array) {
            if (test.test(node)) {
                return node;
            }
        }
        throw new AssertionError("no element matches");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
