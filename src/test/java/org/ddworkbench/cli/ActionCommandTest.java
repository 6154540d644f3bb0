package org.ddworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.ddworkbench.cli.CliHarness.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code risk}, {@code actions} and {@code action open|update} in-process on a checked copy of the sample project. */
class ActionCommandTest {
    private static final String PASSPHRASE = SampleCopies.PASSPHRASE;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    private static SampleCopies sample;

    @TempDir
    Path temp;

    private CliHarness cli;
    private String project;
    private JsonNode findings;

    @BeforeAll
    static void buildSample() throws Exception {
        sample = SampleCopies.build(new CliHarness(shared.resolve("home")).app, shared.resolve("sample"));
    }

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliHarness(temp.resolve("home"));
        project = sample.copy(temp.resolve("project")).toString();
        Result check = cli.run(PASSPHRASE, "check", project, "--as-of", SampleCopies.AS_OF, "--json");
        assertThat(check.exitCode()).as(check.err()).isZero();
        findings = JSON.readTree(check.out()).get("findings");
        assertThat(findings).isNotEmpty();
    }

    @Test
    void riskListsEverySupplierHighestFirstAndEachScoreIsTheSumOfItsTerms() throws Exception {
        Result table = cli.run(PASSPHRASE, "risk", project);
        assertThat(table.exitCode()).as(table.err()).isZero();
        List<String> lines = table.out().lines().toList();
        assertThat(lines.get(0)).contains("ID", "Score", "Band", "Confidence", "Supplier", "Country", "Sector");
        assertThat(lines).hasSize(13);

        Result json = cli.run(PASSPHRASE, "risk", project, "--json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode risks = JSON.readTree(json.out()).get("risks");
        assertThat(risks).hasSize(12);
        List<Double> scores = new ArrayList<>();
        for (JsonNode risk : risks) {
            scores.add(risk.get("score").asDouble());
            double sum = 0;
            for (JsonNode term : risk.get("terms")) {
                assertThat(term.get("points").asDouble())
                        .isCloseTo(term.get("input").asDouble() * term.get("weight").asDouble(), within(1e-6));
                sum += term.get("points").asDouble();
            }
            assertThat(sum).as(risk.get("name").asText()).isCloseTo(risk.get("score").asDouble(), within(1e-6));
        }
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(lines.get(1)).contains(risks.get(0).get("name").asText().substring(0, 10), "Severe");
        assertThat(risks.get(0).get("band").asText()).isEqualTo("severe");
        assertThat(risks.get(0).get("bandLabel").asText()).isEqualTo("Severe");
    }

    @Test
    void riskOfOneSupplierShowsEveryTermAndTheSum() throws Exception {
        JsonNode top = JSON.readTree(cli.run(PASSPHRASE, "risk", project, "--json").out()).get("risks").get(0);
        long id = top.get("supplierId").asLong();

        Result result = cli.run(PASSPHRASE, "risk", project, "--supplier", Long.toString(id));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Risk score of " + top.get("name").asText() + " (#" + id + ")")
                .contains(String.format("%,.2f", top.get("score").asDouble()) + ", band Severe", "Factor", "Input",
                        "Weight", "Points");
        List<String> termLines = result.out().lines().filter(line -> line.contains(" x ") && line.contains(" = "))
                .skip(1).toList();
        assertThat(termLines).hasSize(top.get("terms").size());
        assertThat(result.out().lines().filter(line -> line.strip().startsWith("Sum")).findFirst().orElseThrow())
                .endsWith(String.format("%,.2f", top.get("score").asDouble()));

        Result unknown = cli.run(PASSPHRASE, "risk", project, "--supplier", "99999");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.errLines()).singleElement().asString().startsWith("ddw: --supplier: there is no supplier #99999");
    }

    @Test
    void anActionOpenedPastItsDueDateIsOverdueUntilClosedAndUpdatesKeepTheOtherFields() throws Exception {
        JsonNode finding = first(f -> !f.get("supplier").get("id").isNull());
        long findingId = finding.get("id").asLong();
        long supplierId = finding.get("supplier").get("id").asLong();

        Result opened = cli.run(PASSPHRASE, "action", "open", project, "--finding", Long.toString(findingId),
                "--description", "Return all passports to workers", "--owner", "Sourcing lead", "--due", "2020-01-31",
                "--follow-up", "2099-09-15");
        assertThat(opened.exitCode()).as(opened.err()).isZero();
        assertThat(opened.out()).contains("Opened corrective action #", "on finding #" + findingId, "due 2020-01-31");
        long actionId = Long.parseLong(opened.out().replaceAll("(?s).*corrective action #(\\d+).*", "$1"));

        Result listed = cli.run(PASSPHRASE, "actions", project);
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("OVERDUE", "open", "Open", "Sourcing lead", "Return all passports to workers",
                "1 action, 1 overdue as of ");

        Result progress = cli.run(PASSPHRASE, "action", "update", project, Long.toString(actionId), "--status",
                "in-progress");
        assertThat(progress.exitCode()).as(progress.err()).isZero();
        assertThat(progress.out()).contains("in-progress (Progress made)", "OVERDUE");

        Result moved = cli.run(PASSPHRASE, "action", "update", project, Long.toString(actionId), "--due", "2099-08-31");
        assertThat(moved.exitCode()).as(moved.err()).isZero();
        JsonNode action = JSON.readTree(cli.run(PASSPHRASE, "actions", project, "--supplier", Long.toString(supplierId),
                "--json").out()).get("actions").get(0);
        assertThat(action.get("status").asText()).isEqualTo("in-progress");
        assertThat(action.get("smetaStatus").asText()).isEqualTo("Progress made");
        assertThat(action.get("owner").asText()).isEqualTo("Sourcing lead");
        assertThat(action.get("description").asText()).isEqualTo("Return all passports to workers");
        assertThat(action.get("followUpAuditDate").asText()).isEqualTo("2099-09-15");
        assertThat(action.get("dueDate").asText()).isEqualTo("2099-08-31");
        assertThat(action.get("overdue").asBoolean()).isFalse();

        Result verified = cli.run(PASSPHRASE, "action", "update", project, Long.toString(actionId), "--status",
                "verified", "--evidence", "Passports seen in workers' lockers");
        assertThat(verified.exitCode()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("verified (Closed)").doesNotContain("OVERDUE");
    }

    @Test
    void actionCommandsRefuseUnknownIdsBadDatesAndMissingFieldsWithOneLine() {
        long findingId = findings.get(0).get("id").asLong();

        Result unknownFinding = cli.run(PASSPHRASE, "action", "open", project, "--finding", "99999", "--description", "x",
                "--owner", "y", "--due", "2025-09-01");
        assertThat(unknownFinding.exitCode()).isEqualTo(1);
        assertThat(unknownFinding.errLines()).singleElement().asString()
                .startsWith("ddw: --finding: there is no finding #99999");

        Result badDue = cli.run(PASSPHRASE, "action", "open", project, "--finding", Long.toString(findingId),
                "--description", "x", "--owner", "y", "--due", "2025-02-30");
        assertThat(badDue.exitCode()).isEqualTo(2);
        assertThat(badDue.errLines().get(0)).contains("--due", "'2025-02-30' is not a date");

        Result noOwner = cli.run(PASSPHRASE, "action", "open", project, "--finding", Long.toString(findingId),
                "--description", "x", "--due", "2025-09-01");
        assertThat(noOwner.exitCode()).isEqualTo(2);
        assertThat(noOwner.errLines().get(0)).contains("--owner");

        Result blankOwner = cli.run(PASSPHRASE, "action", "open", project, "--finding", Long.toString(findingId),
                "--description", "x", "--owner", " ", "--due", "2025-09-01");
        assertThat(blankOwner.exitCode()).isEqualTo(2);
        assertThat(blankOwner.errLines().get(0)).isEqualTo("ddw: --owner must not be blank.");

        Result unknownAction = cli.run(PASSPHRASE, "action", "update", project, "99999", "--status", "closed");
        assertThat(unknownAction.exitCode()).isEqualTo(1);
        assertThat(unknownAction.errLines()).singleElement().asString()
                .startsWith("ddw: There is no corrective action #99999");

        Result nothing = cli.run(PASSPHRASE, "action", "update", project, "1");
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.errLines().get(0)).startsWith("ddw: Nothing to change");

        Result badStatus = cli.run(PASSPHRASE, "action", "update", project, "1", "--status", "done");
        assertThat(badStatus.exitCode()).isEqualTo(2);
        assertThat(badStatus.errLines().get(0)).contains("unknown status 'done': use one of open, in-progress, closed,"
                + " verified.");

        assertThat(cli.run(PASSPHRASE, "action").exitCode()).isEqualTo(2);
        assertThat(cli.run(PASSPHRASE, "actions", project).out()).isEqualTo("No corrective actions yet."
                + System.lineSeparator());
    }

    @Test
    void verifyingWithoutEvidenceNotesIsRefusedByTheService() {
        long findingId = findings.get(0).get("id").asLong();
        Result opened = cli.run(PASSPHRASE, "action", "open", project, "--finding", Long.toString(findingId),
                "--description", "Pay back recruitment fees", "--owner", "Supplier HR", "--due", "2025-12-31");
        assertThat(opened.exitCode()).as(opened.err()).isZero();
        long actionId = Long.parseLong(opened.out().replaceAll("(?s).*corrective action #(\\d+).*", "$1"));

        Result verified = cli.run(PASSPHRASE, "action", "update", project, Long.toString(actionId), "--status",
                "verified");

        assertThat(verified.exitCode()).isEqualTo(1);
        assertThat(verified.errLines()).singleElement().asString().startsWith("ddw: ");
        for (String[] help : new String[][] {{"risk"}, {"actions"}, {"action", "open"}, {"action", "update"}}) {
            assertThat(cli.run(null, append(help, "--help")).exitCode()).as(String.join(" ", help)).isZero();
        }
    }

    private JsonNode first(Predicate<JsonNode> test) {
        for (JsonNode node : findings) {
            if (test.test(node)) {
                return node;
            }
        }
        throw new AssertionError("no finding matches");
    }

    private static String[] append(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
