package org.ddworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ddworkbench.cli.CliHarness.Result;
import org.ddworkbench.model.ActivityEntry;
import org.ddworkbench.pack.LoadedPack;
import org.ddworkbench.sample.SampleProject;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.TestFolders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives every command in-process against the real store and pack reader, as a user at a terminal would. */
class CliTest {
    private static final String PASSPHRASE = "correct horse battery";
    private static final String NEW_PASSPHRASE = "staple tuna lantern mango";

    @TempDir
    Path temp;

    private CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(temp.resolve("home"));
    }

    @Test
    void helpListsEveryCommand() {
        Result result = cli.run(null, "--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: ddw", "init", "info", "passwd", "verify", "pack", "sample", "import",
                "imports", "undo-import", "template", "mapping", "bench", "--debug");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void everyCommandAcceptsHelpVersionAndDebug() {
        for (String[] command : new String[][] {{"init"}, {"info"}, {"passwd"}, {"verify"}, {"pack"},
            {"pack", "validate"}, {"pack", "show"}, {"sample"}, {"import"}, {"imports"}, {"undo-import"}, {"template"},
            {"mapping"}, {"mapping", "suggest"}, {"bench"}, {"bench", "import"}}) {
            String[] help = append(command, "--debug", "--help");
            assertThat(cli.run(null, help).exitCode()).as(String.join(" ", help)).isZero();
            Result version = cli.run(null, append(command, "--version"));
            assertThat(version.exitCode()).isZero();
            assertThat(version.out()).startsWith("Diligence Workbench ");
        }
    }

    @Test
    void wrongUsageExitsWithTwoAndTheUsage() {
        Result unknown = cli.run(null, "frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("ddw: ").contains("frobnicate", "Usage: ddw");

        Result missing = cli.run(null, "info");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("ddw: Missing required parameter: 'DIR'").contains("Usage: ddw info");

        assertThat(cli.run(null, "pack").exitCode()).isEqualTo(2);
        assertThat(cli.run(null, "pack", "show").exitCode()).isEqualTo(2);
        assertThat(cli.run(null, "init", temp.resolve("p").toString(), "--passphrase", "secret").exitCode())
                .as("a passphrase is never an argument").isEqualTo(2);
        assertThat(cli.run(null, "mapping").exitCode()).isEqualTo(2);
        assertThat(cli.run(null, "bench").exitCode()).isEqualTo(2);
        assertThat(cli.run(null, "import", temp.resolve("p").toString()).err())
                .startsWith("ddw: Missing required parameter: 'FILE'");
        Result badKind = cli.run(null, "import", temp.resolve("p").toString(), "f.csv", "--kind", "payroll");
        assertThat(badKind.exitCode()).isEqualTo(2);
        assertThat(badKind.err()).contains("unknown kind 'payroll': use one of saq, audit, workers, grievances, suppliers.");
        assertThat(cli.run(null, "template", "--kind", "saq").exitCode()).as("--out is required").isEqualTo(2);
    }

    @Test
    void initInfoVerifyAndPasswdWorkTogether() {
        Path project = temp.resolve("engagement-2025");
        Result init = cli.run(PASSPHRASE, "init", project.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        LoadedPack bundled = cli.app.packReader().bundled();
        assertThat(init.out()).contains("Created project \"engagement-2025\" in " + project.toAbsolutePath(),
                bundled.pack().id(), bundled.pack().version(), bundled.shortFingerprint());

        Result info = cli.run(PASSPHRASE, "info", project.toString());
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("engagement-2025", bundled.fingerprint(), "Schema version:",
                "Log chain:       intact").containsPattern("Log entries:\\s+[1-9]");

        Result verify = cli.run(PASSPHRASE, "verify", project.toString());
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).startsWith("OK: store opened and activity log intact");

        Result passwd = cli.run(Map.of("DDW_PASSPHRASE", PASSPHRASE, "DDW_NEW_PASSPHRASE", NEW_PASSPHRASE),
                PasswordPrompt.NONE, "passwd", project.toString());
        assertThat(passwd.exitCode()).as(passwd.err()).isZero();
        assertThat(passwd.out()).contains("Passphrase changed");

        Result oldRefused = cli.run(PASSPHRASE, "info", project.toString());
        assertThat(oldRefused.exitCode()).isEqualTo(1);
        assertThat(oldRefused.errLines()).hasSize(1).allMatch(line -> line.startsWith("ddw: "));
        assertThat(cli.run(NEW_PASSPHRASE, "verify", project.toString()).exitCode()).isZero();
    }

    @Test
    void initTakesNameAndPackFromOptionsAndPassphraseFromAFile() throws Exception {
        Path packFile = Files.writeString(temp.resolve("pack.json"), cli.app.packReader().bundled().canonicalJson());
        Path passphraseFile = Files.writeString(temp.resolve("pass.txt"), PASSPHRASE + "\n");
        Path project = temp.resolve("p");
        Result init = cli.run(null, "init", project.toString(), "--name", "Portfolio review 2025",
                "--pack", packFile.toString(), "--passphrase-file", passphraseFile.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(cli.run(PASSPHRASE, "info", project.toString()).out()).contains("Portfolio review 2025");
    }

    @Test
    void initRefusesAWeakPassphraseAndCreatesNothing() {
        Path project = temp.resolve("weak");
        Result result = cli.run("short", "init", project.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString().startsWith("ddw: ").contains("too short");
        assertThat(project).doesNotExist();
    }

    @Test
    void initAsksTwiceWhenPrompting() {
        ScriptedPrompt prompt = new ScriptedPrompt(PASSPHRASE, PASSPHRASE);
        Result result = cli.run(Map.of(), prompt, "init", temp.resolve("prompted").toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(prompt.prompts()).hasSize(2);
        assertThat(cli.run(PASSPHRASE, "verify", temp.resolve("prompted").toString()).exitCode()).isZero();
    }

    @Test
    void wrongPassphraseIsOneLineWithoutStackTrace() {
        Path project = temp.resolve("p");
        assertThat(cli.run(PASSPHRASE, "init", project.toString()).exitCode()).isZero();
        Result result = cli.run("not the passphrase at all", "verify", project.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString().startsWith("ddw: ").doesNotContain("Exception");
        assertThat(result.out()).isEmpty();

        Result debug = cli.run("not the passphrase at all", "verify", project.toString(), "--debug");
        assertThat(debug.exitCode()).isEqualTo(1);
        assertThat(debug.err()).contains("ProjectException", "\tat ");
    }

    @Test
    void missingPassphraseWithoutTerminalExitsWithOne() {
        Result result = cli.run(null, "info", temp.resolve("anything").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo(
                "ddw: No passphrase: set DDW_PASSPHRASE, use --passphrase-file, or run in a terminal." + System.lineSeparator());
    }

    @Test
    void packValidateAcceptsAGoodPackAndNamesTheJsonPathOfABadOne() throws Exception {
        LoadedPack bundled = cli.app.packReader().bundled();
        Path good = Files.writeString(temp.resolve("good.json"), bundled.canonicalJson());
        Result ok = cli.run(null, "pack", "validate", good.toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).startsWith("OK: " + bundled.pack().id() + " " + bundled.pack().version())
                .contains(bundled.fingerprint(), bundled.pack().metrics().size() + " metrics");

        ObjectMapper json = new ObjectMapper();
        ObjectNode broken = (ObjectNode) json.readTree(bundled.canonicalJson());
        ((ObjectNode) broken.withArray("metrics").get(1)).put("type", "colour");
        Path bad = Files.writeString(temp.resolve("bad.json"), json.writeValueAsString(broken));
        Result refused = cli.run(null, "pack", "validate", bad.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.errLines()).singleElement().asString().startsWith("ddw: ").contains("bad.json", "$.metrics[1]");
    }

    @Test
    void packShowPrintsAReadableSummaryOrCanonicalJson() throws Exception {
        LoadedPack bundled = cli.app.packReader().bundled();
        Result summary = cli.run(null, "pack", "show", "--bundled");
        assertThat(summary.exitCode()).as(summary.err()).isZero();
        assertThat(summary.out()).contains(bundled.pack().id(), "Indicators (11)", "Metrics (", "Cross-checks (",
                "Finding scales (", "Disclosure defaults:", "recruitment_fees_charged", "RED when");

        Path file = Files.writeString(temp.resolve("pack.json"), bundled.canonicalJson());
        Result json = cli.run(null, "pack", "show", file.toString(), "--json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out().strip()).isEqualTo(bundled.canonicalJson());

        assertThat(cli.run(null, "pack", "show", file.toString(), "--bundled").exitCode()).isEqualTo(2);
    }

    @Test
    void sampleBuildsAProjectThatInfoOpensWithTheSamplePassphrase() throws Exception {
        Path base = temp.resolve("sample");
        Result sample = cli.run(null, "sample", "--dir", base.toString());
        assertThat(sample.exitCode()).as(sample.err()).isZero();
        assertThat(sample.out()).contains(base.resolve("project").toString(), base.resolve("inputs").toString(),
                SampleProject.PASSPHRASE);
        assertThat(base.resolve("inputs/worker-survey.xlsx")).isRegularFile();

        Result info = cli.run(SampleProject.PASSPHRASE, "info", base.resolve("project").toString());
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains(SampleProject.NAME, "intact");
        try (Project project = cli.app.projects().open(base.resolve("project"), SampleProject.PASSPHRASE.toCharArray())) {
            assertThat(project.activityLog().entries()).extracting(ActivityEntry::action).contains("sample.created");
            assertThat(cli.app.imports().suppliers(project)).hasSize(12);
        }
        assertThat(cli.opened).isEmpty();
        Result imports = cli.run(SampleProject.PASSPHRASE, "imports", base.resolve("project").toString());
        assertThat(imports.out()).contains("suppliers.csv", "worker-survey.xlsx", "grievances.csv");
    }

    @Test
    void sampleOpenHandsTheProjectToTheWindow() throws Exception {
        Path base = temp.resolve("sample");
        copyCommittedInputs(base.resolve("inputs"));
        assertThat(cli.run(null, "sample", "--dir", base.toString(), "--open").exitCode()).isZero();
        assertThat(cli.opened).containsExactly(
                new CliHarness.Opened(base.resolve("project").toAbsolutePath(), SampleProject.PASSPHRASE));
    }

    @Test
    void sampleForceRebuildsASampleFolderButNeverAnotherFolder() throws Exception {
        Path base = temp.resolve("sample");
        copyCommittedInputs(base.resolve("inputs"));
        assertThat(cli.run(null, "sample", "--dir", base.toString()).exitCode()).isZero();
        Path stray = Files.writeString(base.resolve("inputs/stray.txt"), "left over");
        assertThat(cli.run(null, "sample", "--dir", base.toString(), "--force").exitCode()).isZero();
        assertThat(stray).doesNotExist();
        assertThat(base.resolve("project")).isDirectory();

        Path precious = Files.createDirectories(temp.resolve("work"));
        Files.writeString(precious.resolve("notes.txt"), "mine");
        Result refused = cli.run(null, "sample", "--dir", precious.toString(), "--force");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("notes.txt", "will not delete");
        assertThat(precious.resolve("notes.txt")).exists();
    }

    @Test
    void sampleInputsOnlyWritesTheInputFilesAndNoProject() {
        Path base = temp.resolve("regenerated");
        Result result = cli.run(null, "sample", "--inputs-only", "--dir", base.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(base.resolve("inputs/suppliers.csv")).isRegularFile();
        assertThat(base.resolve("project")).doesNotExist();
        assertThat(cli.run(null, "sample", "--inputs-only", "--open").exitCode()).isEqualTo(2);
    }

    /** Lets tests about the project skip the generator's cold start; the generator has its own tests. */
    private static void copyCommittedInputs(Path target) throws Exception {
        TestFolders.copy(Path.of("sample-projects", "thai-seafood-apparel", "inputs"), target);
    }

    private static String[] append(String[] command, String... more) {
        String[] all = new String[command.length + more.length];
        System.arraycopy(command, 0, all, 0, command.length);
        System.arraycopy(more, 0, all, command.length, more.length);
        return all;
    }
}
