package org.ddworkbench.proof;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.ddworkbench.model.Sha256;

/**
 * The content of every table of a project's store, in a form two stores can be compared by: per table,
 * "{@code rows} {@code sha256}" over its rows in sorted order (so row order does not matter), leaving out the
 * columns {@code leftOut} accepts (upper-case names).
 */
public final class TableDigests {
    private TableDigests() {
    }

    /** Per table name, its row count and digest. */
    public static Map<String, String> of(Connection connection, Predicate<String> leftOut) throws SQLException {
        Map<String, String> digests = new TreeMap<>();
        for (String table : strings(connection, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'", null)) {
            digests.put(table, digest(connection, table, leftOut));
        }
        return digests;
    }

    private static String digest(Connection connection, String table, Predicate<String> leftOut)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        for (String column : strings(connection, "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION", table)) {
            if (!leftOut.test(column.toUpperCase(Locale.ROOT))) {
                columns.add('"' + column + '"');
            }
        }
        List<String> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + String.join(", ", columns) + " FROM \"" + table + '"');
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns.size(); i++) {
                    row.append(rs.getString(i)).append('\u001f');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        MessageDigest sha256 = Sha256.digest();
        rows.forEach(row -> sha256.update(row.getBytes(StandardCharsets.UTF_8)));
        return rows.size() + " " + HexFormat.of().formatHex(sha256.digest());
    }

    private static List<String> strings(Connection connection, String sql, String parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (parameter != null) {
                select.setString(1, parameter);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }
}
