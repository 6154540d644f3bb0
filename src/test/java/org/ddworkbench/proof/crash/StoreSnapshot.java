package org.ddworkbench.proof.crash;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ddworkbench.App;
import org.ddworkbench.cli.Cli;
import org.ddworkbench.cli.PasswordPrompt;
import org.ddworkbench.cli.Terminal;
import org.ddworkbench.model.ActivityEntry;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.PackReader;
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
            Map<String, String> tables = open.inTransaction(StoreSnapshot::tables);
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

    private static Map<String, String> tables(Connection connection) throws SQLException {
        Map<String, String> digests = new TreeMap<>();
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        for (String name : names) {
            digests.put(name, digest(connection, name));
        }
        return digests;
    }

    /** "{@code rows} {@code sha256}" over the sorted rows of the stable columns. */
    private static String digest(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT COLUMN_NAME FROM"
                + " INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ?"
                + " ORDER BY ORDINAL_POSITION")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String column = rs.getString(1);
                    if (!VOLATILE.contains(column.toUpperCase()) && !column.toUpperCase().endsWith("_AT")) {
                        columns.add('"' + column + '"');
                    }
                }
            }
        }
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT " + String.join(", ", columns) + " FROM \"" + table
                        + '"')) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns.size(); i++) {
                    row.append(rs.getString(i)).append('\u001f');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        MessageDigest sha256 = sha256();
        rows.forEach(row -> sha256.update(row.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return rows.size() + " " + HexFormat.of().formatHex(sha256.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
