package org.ddworkbench.proof.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ddworkbench.model.ActivityEntry;
import org.ddworkbench.model.Sha256;
import org.ddworkbench.store.TestFolders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an import, a report export, a check run and a passphrase change with SIGKILL at random moments (each
 * in a child JVM on a fresh copy of the sample project) and proves that after every kill the project opens,
 * {@code ddw verify} passes and the project holds all of the interrupted work or none of it. A few kills per
 * operation by default; {@code -Dddw.proof.kills=N} for N per operation, {@code -Dddw.proof.seed=S} to repeat.
 */
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class KillTest {
    private static final int KILLS = Integer.getInteger("ddw.proof.kills", 2);
    private static final long SEED = Long.getLong("ddw.proof.seed", System.nanoTime());
    private static final String NEW_PASSPHRASE = "crash-proof-new-passphrase-77";
    private static final String[] FORMATS = {"xlsx", "csv", "pdf", "json"};
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<KillRunner.Figures> FIGURES = new ArrayList<>();

    @TempDir
    static Path shared;

    private static CrashProjects projects;
    private static Path sample;
    private static Path inputs;
    private static KillRunner runner;

    @BeforeAll
    static void buildSample() throws Exception {
        projects = new CrashProjects(shared.resolve("home"));
        sample = CrashProjects.sample();
        inputs = CrashProjects.inputs();
        runner = new KillRunner(shared.resolve("runs"), SEED);
    }

    @AfterAll
    static void printFigures() {
        System.out.println("Kill test, seed " + SEED + ":");
        FIGURES.forEach(f -> System.out.println("  " + f));
    }

    @Test
    void killedImportLeavesTheFileImportedWithAllItsRowsOrNotAtAll() throws Exception {
        Path start = TestFolders.copy(sample, shared.resolve("import-start"));
        String id = importId(projects.ddw("imports", start.toString()), "worker-survey.xlsx");
        projects.ddw("undo-import", start.toString(), id);
        Path file = inputs.resolve("worker-survey.xlsx");
        record(runner.run(new StoreOperation("import", start, run -> List.of("import", "PROJECT", file.toString())),
                start, KILLS));
    }

    @Test
    void killedCheckLeavesTheFindingsOfBeforeOrOfACompleteRun() throws Exception {
        Path start = TestFolders.copy(sample, shared.resolve("check-start"));
        // A later as-of date ages the audits, so a complete run changes the findings.
        record(runner.run(new StoreOperation("check", start,
                run -> List.of("check", "PROJECT", "--as-of", "2026-06-30", "--full")), start, KILLS));
    }

    @Test
    void killedExportLeavesNoFileOrACompleteFileWhoseHashTheLogRecords() throws Exception {
        Path start = TestFolders.copy(sample, shared.resolve("export-start"));
        // The first export makes the project's random release identifier, which later ones reuse; without it the
        // reference run and a killed run would each store a different one. FullDiskTest covers a first export.
        projects.ddw("report", start.toString(), "--summary", "--out", shared.resolve("first-export.json").toString());
        record(runner.run(new ExportOperation(start), start, KILLS));
    }

    @Test
    void killedPassphraseChangeLeavesExactlyOnePassphraseThatOpensAndALogThatSaysWhich() throws Exception {
        Path start = TestFolders.copy(sample, shared.resolve("passwd-start"));
        record(runner.run(new PassphraseOperation(start), start, KILLS));
    }

    private static void record(KillRunner.Figures figures) {
        synchronized (FIGURES) {
            FIGURES.add(figures);
        }
        assertThat(figures.kills()).isEqualTo(KILLS);
    }

    private static String importId(String importsListing, String fileName) {
        return importsListing.lines().filter(line -> line.contains(" " + fileName + " ")).findFirst()
                .map(line -> line.strip().split("\\s+")[0])
                .orElseThrow(() -> new AssertionError(fileName + " is not among the sample's imports"));
    }

    /** The project's passphrase variable for the child. */
    private static Map<String, String> passphraseEnvironment() {
        return Map.of("DDW_PASSPHRASE", CrashProjects.PASSPHRASE, "DDW_HOME", projects.home().toString());
    }

    /** Arguments of one run, with {@code PROJECT} standing for the project copy. */
    private interface Arguments {
        List<String> of(int run);
    }

    /**
     * An operation whose work lives in the store only (import, check). All or none: the store's every table
     * (row counts and stable columns) and the log's actions equal either the starting copy or the reference
     * run's end state; and once the command reported success, the end state.
     */
    private static class StoreOperation implements KillRunner.Operation {
        private final String name;
        private final Arguments arguments;
        private final StoreSnapshot none;
        private StoreSnapshot all;

        StoreOperation(String name, Path start, Arguments arguments) throws Exception {
            this.name = name;
            this.arguments = arguments;
            this.none = StoreSnapshot.read(start, CrashProjects.PASSPHRASE);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<String> args(Path project, Path runDir, int run) {
            return arguments.of(run).stream().map(a -> a.equals("PROJECT") ? project.toString() : a).toList();
        }

        @Override
        public Map<String, String> environment() {
            return passphraseEnvironment();
        }

        @Override
        public void learnAll(Path project, Path runDir) throws Exception {
            learnAllWith(project, CrashProjects.PASSPHRASE);
        }

        void learnAllWith(Path project, String passphrase) throws Exception {
            all = StoreSnapshot.read(project, passphrase);
            assertThat(all.sameStateAs(none)).as("the complete %s changes the project", name).isFalse();
        }

        @Override
        public String check(Path project, Path runDir, int run, boolean completed) throws Exception {
            return allOrNone(StoreSnapshot.read(project, CrashProjects.PASSPHRASE), completed);
        }

        String allOrNone(StoreSnapshot found, boolean completed) {
            if (found.sameStateAs(all)) {
                return "all";
            }
            if (found.sameStateAs(none)) {
                assertThat(completed).as("the %s reported success, yet the project holds none of it", name).isFalse();
                return "none";
            }
            throw new AssertionError("the project holds part of the " + name + ": tables differing from the"
                    + " complete run " + found.differingTables(all) + ", from the start " + found.differingTables(none)
                    + "; last log actions " + found.actions().subList(Math.max(0, found.log().size() - 3),
                    found.log().size()));
        }
    }

    /**
     * The report export. All or none, in the store as for {@link StoreOperation} (log entry and privacy-ledger
     * line together); on disk, a file under the final name exists only when the log records the export, and
     * then it is complete: its SHA-256 is the one the log entry holds. A receipt exists only beside its file.
     */
    private static final class ExportOperation extends StoreOperation {
        ExportOperation(Path start) throws Exception {
            super("export", start, run -> List.of("report", "PROJECT", "--summary", "--epsilon", "0.1", "--out",
                    "OUT." + FORMATS[run % FORMATS.length]));
        }

        @Override
        public List<String> args(Path project, Path runDir, int run) {
            return super.args(project, runDir, run).stream()
                    .map(a -> a.startsWith("OUT.") ? runDir.resolve("summary" + a.substring(3)).toString() : a).toList();
        }

        @Override
        public String check(Path project, Path runDir, int run, boolean completed) throws Exception {
            StoreSnapshot found = StoreSnapshot.read(project, CrashProjects.PASSPHRASE);
            String state = allOrNone(found, completed);
            Path file = runDir.resolve("summary." + FORMATS[run % FORMATS.length]);
            Path receipt = file.resolveSibling(file.getFileName() + ".receipt.txt");
            if (Files.exists(file)) {
                assertThat(state).as("%s exists, so the log must record its export", file.getFileName())
                        .isEqualTo("all");
                String logged = loggedSha256(found.log(), file.getFileName().toString());
                assertThat(sha256(file)).as("SHA-256 of %s against its log entry", file.getFileName())
                        .isEqualTo(logged);
            }
            if (Files.exists(receipt)) {
                assertThat(file).as("a receipt without its file").exists();
                assertThat(Files.readString(receipt, StandardCharsets.UTF_8)).contains(sha256(file));
            }
            if (state.equals("all") && !Files.exists(file)) {
                assertThat(completed).as("the export reported success but left no file").isFalse();
                return "logged, file not placed";
            }
            return state;
        }

        private static String loggedSha256(List<ActivityEntry> log, String fileName) throws Exception {
            ActivityEntry last = log.get(log.size() - 1);
            assertThat(last.action()).isEqualTo("report.exported");
            JsonNode detail = JSON.readTree(last.detailJson());
            assertThat(detail.path("file").asText()).isEqualTo(fileName);
            return detail.path("sha256").asText();
        }
    }

    /**
     * The passphrase change. All or none: exactly one of the old and the new passphrase opens the project; with
     * the new one the store holds the reference run's end state (the change logged), with the old one the
     * starting state (nothing logged); once the command reported success, the new one.
     */
    private static final class PassphraseOperation extends StoreOperation {
        PassphraseOperation(Path start) throws Exception {
            super("passwd", start, run -> List.of("passwd", "PROJECT"));
        }

        @Override
        public Map<String, String> environment() {
            return Map.of("DDW_PASSPHRASE", CrashProjects.PASSPHRASE, "DDW_NEW_PASSPHRASE", NEW_PASSPHRASE,
                    "DDW_HOME", projects.home().toString());
        }

        @Override
        public void learnAll(Path project, Path runDir) throws Exception {
            assertThat(StoreSnapshot.opens(project, CrashProjects.PASSPHRASE)).isFalse();
            learnAllWith(project, NEW_PASSPHRASE);
        }

        @Override
        public String check(Path project, Path runDir, int run, boolean completed) throws Exception {
            boolean oldOpens = StoreSnapshot.opens(project, CrashProjects.PASSPHRASE);
            boolean newOpens = StoreSnapshot.opens(project, NEW_PASSPHRASE);
            assertThat(oldOpens != newOpens).as("exactly one passphrase opens (old: %s, new: %s)", oldOpens,
                    newOpens).isTrue();
            String state = allOrNone(StoreSnapshot.read(project, newOpens ? NEW_PASSPHRASE
                    : CrashProjects.PASSPHRASE), completed);
            assertThat(state).as("the state that goes with the %s passphrase", newOpens ? "new" : "old")
                    .isEqualTo(newOpens ? "all" : "none");
            return state;
        }
    }

    private static String sha256(Path file) throws Exception {
        return Sha256.hex(Files.readAllBytes(file));
    }
}
