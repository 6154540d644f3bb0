package org.ddworkbench.proof.hostile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ddworkbench.store.Project;

/**
 * The logical content of a project's store: per table its row count and a hash of its rows (in any order), and
 * the head of the activity log. Two equal snapshots mean nothing was added, removed or changed.
 *
 * @param tables per table name, {@code rows=<count> sha256=<hash of its sorted row hashes>}
 * @param logHead the sequence number and hash of the last activity-log entry
 */
record ProjectSnapshot(Map<String, String> tables, String logHead) {

    static ProjectSnapshot of(Project project) throws SQLException {
        return project.inTransaction(c -> new ProjectSnapshot(tables(c), logHead(c)));
    }

    private static Map<String, String> tables(Connection c) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        for (String table : tableNames(c)) {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM \"" + table + "\"");
                    ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(rs.getString(i)).append('\u001F');
                    }
                    rows.add(sha256(row.toString()));
                }
            }
            rows.sort(null);
            tables.put(table, "rows=" + rows.size() + " sha256=" + sha256(String.join(",", rows)));
        }
        return tables;
    }

    private static List<String> tableNames(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static String logHead(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT seq, hash FROM activity_log ORDER BY seq DESC LIMIT 1");
                ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) + ":" + rs.getString(2) : "empty";
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
