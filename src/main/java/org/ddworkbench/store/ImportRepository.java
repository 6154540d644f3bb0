package org.ddworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.ImportRecord;

/** The import batches (one per imported file) and the exact removal of everything one import stored. */
public final class ImportRepository {
    private static final String COLUMNS = "id, file_name, file_sha256, kind, mapping_name, imported_at, rows_imported,"
            + " rows_skipped, values_stored, pack_fingerprint";
    /** Tables holding an import's data, in an order that respects their references. */
    private static final List<String> DATA_TABLES = List.of("worker_tally", "worker_chunk", "observation",
            "audit_finding", "audit", "supplier_mention");

    /** Inserts the batch row at the start of an import (counts follow in {@link #complete}); returns its id. */
    public long insert(Connection connection, String fileName, String sha256, DataSourceKind kind, String mappingName,
            Instant at, String packFingerprint) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_batch (file_name, file_sha256,"
                + " kind, mapping_name, imported_at, pack_fingerprint, rows_imported, rows_skipped, values_stored,"
                + " summary_json) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, '{}')", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, fileName);
            insert.setString(2, sha256);
            insert.setString(3, kind.name());
            insert.setString(4, mappingName);
            insert.setLong(5, at.toEpochMilli());
            insert.setString(6, packFingerprint);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Records an import's counts and summary (counts and column names only). */
    public void complete(Connection connection, long id, int rowsImported, int rowsSkipped, long valuesStored,
            String summaryJson) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE import_batch SET rows_imported = ?,"
                + " rows_skipped = ?, values_stored = ?, summary_json = ? WHERE id = ?")) {
            update.setInt(1, rowsImported);
            update.setInt(2, rowsSkipped);
            update.setLong(3, valuesStored);
            update.setString(4, summaryJson);
            update.setLong(5, id);
            update.executeUpdate();
        }
    }

    /** The latest import of a file with this SHA-256, if any. */
    public Optional<ImportRecord> findBySha256(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM import_batch WHERE file_sha256 = ? ORDER BY id DESC FETCH FIRST ROW ONLY")) {
            select.setString(1, sha256);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    public Optional<ImportRecord> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM import_batch WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** All imports, newest first. */
    public List<ImportRecord> all(Connection connection) throws SQLException {
        List<ImportRecord> records = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM import_batch ORDER BY id DESC");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                records.add(read(rs));
            }
        }
        return records;
    }

    /** The stored summary JSON of an import, or "{}" when there is none. */
    public String summaryJson(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT summary_json FROM import_batch WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : "{}";
            }
        }
    }

    /**
     * Deletes exactly what import {@code id} stored: its rows in every data table, the master-data fields it
     * filled in, the suppliers it created that no other import mentions, and the batch row. Suppliers it created
     * that other imports still mention pass to the earliest of those imports. Returns deleted rows per table.
     */
    public Map<String, Integer> delete(Connection connection, long id) throws SQLException {
        Map<String, Integer> deleted = new LinkedHashMap<>();
        List<Long> created = ids(connection, "SELECT id FROM supplier WHERE created_by_import = ?", id);
        revertFills(connection, id);
        deleted.put("supplier_fill", execute(connection, "DELETE FROM supplier_fill WHERE import_id = ?", id));
        for (String table : DATA_TABLES) {
            // Table names are the constants above, never input.
            deleted.put(table, execute(connection, "DELETE FROM " + table + " WHERE import_id = ?", id));
        }
        int suppliers = 0;
        for (long supplierId : created) {
            long heir = heir(connection, supplierId);
            if (heir > 0) {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE supplier SET created_by_import = ? WHERE id = ?")) {
                    update.setLong(1, heir);
                    update.setLong(2, supplierId);
                    update.executeUpdate();
                }
            } else {
                suppliers += execute(connection, "DELETE FROM supplier WHERE id = ?", supplierId);
            }
        }
        deleted.put("supplier", suppliers);
        deleted.put("import_batch", execute(connection, "DELETE FROM import_batch WHERE id = ?", id));
        return deleted;
    }

    private static void revertFills(Connection connection, long id) throws SQLException {
        List<String[]> fills = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT supplier_id, field FROM supplier_fill WHERE import_id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    fills.add(new String[] {Long.toString(rs.getLong(1)), rs.getString(2)});
                }
            }
        }
        for (String[] fill : fills) {
            String column = switch (fill[1]) {
                case "country", "address", "sector", "tier", "external_id" -> fill[1];
                default -> throw new SQLException("Unknown filled field in the store: " + fill[1]);
            };
            execute(connection, "UPDATE supplier SET " + column + " = NULL WHERE id = ?", Long.parseLong(fill[0]));
        }
    }

    /** The earliest other import that still mentions or holds data of the supplier, or 0. */
    private static long heir(Connection connection, long supplierId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT MIN(import_id) FROM ("
                + " SELECT import_id FROM supplier_mention WHERE supplier_id = ?"
                + " UNION ALL SELECT import_id FROM observation WHERE supplier_id = ?"
                + " UNION ALL SELECT import_id FROM audit WHERE supplier_id = ?"
                + " UNION ALL SELECT import_id FROM worker_tally WHERE supplier_id = ?"
                + " UNION ALL SELECT import_id FROM supplier_fill WHERE supplier_id = ?)")) {
            for (int i = 1; i <= 5; i++) {
                select.setLong(i, supplierId);
            }
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static List<Long> ids(Connection connection, String sql, long parameter) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, parameter);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static int execute(Connection connection, String sql, long parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            return statement.executeUpdate();
        }
    }

    private static ImportRecord read(ResultSet rs) throws SQLException {
        return new ImportRecord(rs.getLong(1), rs.getString(2), rs.getString(3), DataSourceKind.valueOf(rs.getString(4)),
                rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)), rs.getInt(7), rs.getInt(8), rs.getLong(9),
                rs.getString(10));
    }
}
