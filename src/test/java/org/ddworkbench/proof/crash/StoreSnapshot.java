package org.ddworkbench.proof.crash;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ddworkbench.App;
import org.ddworkbench.cli.Cli;
import org.ddworkbench.cli.PasswordPrompt;
import org.ddworkbench.cli.Terminal;
import org.ddworkbench.model.ActivityEntry;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.proof.TableDigests;
import org.ddworkbench.store.H2ProjectService;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.ProjectException;

/**
 * What a project holds, read back after a child ended: every table of the store as a row count and a digest of
 * its rows (leaving out the columns that differ between two runs of the same work: clock readings, the log's
 * hashes and free-text details, and the file hash of a noisy release), and the activity log's entries. Reading
 * it first runs {@code ddw verify}, so a snapshot exists only of a project that opens and verifies.
 */
record StoreSnapshot(Map<String, String> tables, List<ActivityEntry> log) {
    /** Columns whose values differ between two runs of the same work. */
    private static final Set<String> VOLATILE = Set.of("AT", "FIRST_SEEN", "LAST_SEEN", "HASH", "PREVIOUS_HASH",
            "SUMMARY", "DETAIL_JSON", "SUMMARY_JSON", "OUTPUT_SHA256");

    /** The actions of the log, oldest first. */
    List<String> actions() {
        return log.stream().map(ActivityEntry::action).toList();
    }

    /** The same store content and the same log actions, which is what "the same state" means here. */
    boolean sameStateAs(StoreSnapshot other) {
        return tables.equals(other.tables) && actions().equals(other.actions());
    }

    /** The tables whose content differs from {@code other}'s, for failure messages. */
    List<String> differingTables(StoreSnapshot other) {
        List<String> names = new ArrayList<>();
        for (String name : tables.keySet()) {
            if (!tables.get(name).equals(other.tables.get(name))) {
                names.add(name + " (" + tables.get(name).split(" ")[0] + " vs " + other.tables.get(name).split(" ")[0]
                        + " rows)");
            }
        }
        return names;
    }

    /** Runs {@code ddw verify} in this JVM and fails with its error line unless it passes. */
    static void verify(Path project, String passphrase) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(out), new PrintWriter(err),
                Map.of("DDW_PASSPHRASE", passphrase), PasswordPrompt.NONE);
        int code = Cli.run(app(project), (folder, secret) -> {
            throw new IllegalStateException("no window");
        }, terminal, "verify", project.toString());
        if (code != 0 || !out.toString().startsWith("OK: store opened and activity log intact")) {
            throw new AssertionError("ddw verify failed on " + project + " (exit " + code + "): " + err);
        }
    }

    /** Verifies the project with {@code ddw verify}, then reads its snapshot. */
    static StoreSnapshot read(Path project, String passphrase) throws ProblemException, SQLException {
        verify(project, passphrase);
        try (Project open = app(project).projects().open(project, passphrase.toCharArray())) {
            Map<String, String> tables = open.inTransaction(c -> TableDigests.of(c,
                    column -> VOLATILE.contains(column) || column.endsWith("_AT")));
            return new StoreSnapshot(tables, open.activityLog().entries());
        }
    }

    /** Whether {@code passphrase} opens the project; any failure other than a wrong passphrase fails the test. */
    static boolean opens(Path project, String passphrase) {
        try (Project open = app(project).projects().open(project, passphrase.toCharArray())) {
            return open != null;
        } catch (ProjectException e) {
            if (e.reason() == ProjectException.Reason.WRONG_PASSPHRASE) {
                return false;
            }
            throw new AssertionError("the project " + project + " does not open: " + e.getMessage(), e);
        }
    }

    private static App app(Path project) {
        PackReader reader = new JsonPackReader();
        return new App(project.resolveSibling(project.getFileName() + "-home"), reader,
                new H2ProjectService(reader, ChildProcess.KDF_ITERATIONS));
    }
}
