package org.ddworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ddworkbench.model.SupplierMatch;
import org.ddworkbench.model.SupplierSummary;

/** Suppliers, the mentions that tie them to files, and the master-data fields imports filled in. */
public final class SupplierRepository {
    private static final String COLUMNS =
            "id, name, name_key, country, address, sector, tier, external_id, created_by_import";

    /** How a mention was matched to its supplier. */
    public enum MatchKind {
        EXTERNAL_ID, NAME_COUNTRY, NAME_PART, NEW, UNCERTAIN
    }

    public List<StoredSupplier> all(Connection connection) throws SQLException {
        List<StoredSupplier> suppliers = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM supplier ORDER BY id");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                suppliers.add(read(rs));
            }
        }
        return suppliers;
    }

    /** Inserts a supplier created by import {@code importId}; returns it with its new id. */
    public StoredSupplier insert(Connection connection, StoredSupplier supplier, long importId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO supplier (name, name_key, country,"
                + " address, sector, tier, external_id, created_by_import) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, supplier.name());
            insert.setString(2, supplier.nameKey());
            insert.setString(3, supplier.country());
            insert.setString(4, supplier.address());
            insert.setString(5, supplier.sector());
            insert.setObject(6, supplier.tier());
            insert.setString(7, supplier.externalId());
            insert.setLong(8, importId);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return supplier.withId(keys.getLong(1), importId);
            }
        }
    }

    /**
     * Sets the master-data fields that {@code current} lacks and {@code given} has, records them as filled by
     * {@code importId} (so undo can empty them again), and returns the supplier as it now is.
     */
    public StoredSupplier fillMissing(Connection connection, StoredSupplier current, StoredSupplier given,
            long importId) throws SQLException {
        Map<String, Object> missing = new LinkedHashMap<>();
        putIfMissing(missing, "country", current.country(), given.country());
        putIfMissing(missing, "address", current.address(), given.address());
        putIfMissing(missing, "sector", current.sector(), given.sector());
        putIfMissing(missing, "tier", current.tier(), given.tier());
        putIfMissing(missing, "external_id", current.externalId(), given.externalId());
        if (missing.isEmpty()) {
            return current;
        }
        try (PreparedStatement record = connection.prepareStatement(
                "INSERT INTO supplier_fill (import_id, supplier_id, field) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, Object> field : missing.entrySet()) {
                // Column names come from the constants above, never from input.
                try (PreparedStatement update = connection.prepareStatement("UPDATE supplier SET " + field.getKey()
                        + " = ? WHERE id = ? AND " + field.getKey() + " IS NULL")) {
                    update.setObject(1, field.getValue());
                    update.setLong(2, current.id());
                    update.executeUpdate();
                }
                record.setLong(1, importId);
                record.setLong(2, current.id());
                record.setString(3, field.getKey());
                record.executeUpdate();
            }
        }
        return new StoredSupplier(current.id(), current.name(), current.nameKey(),
                firstNonNull(current.country(), given.country()), firstNonNull(current.address(), given.address()),
                firstNonNull(current.sector(), given.sector()), firstNonNull(current.tier(), given.tier()),
                firstNonNull(current.externalId(), given.externalId()), current.createdByImport());
    }

    private static void putIfMissing(Map<String, Object> missing, String column, Object current, Object given) {
        if (current == null && given != null) {
            missing.put(column, given);
        }
    }

    private static <T> T firstNonNull(T first, T second) {
        return first != null ? first : second;
    }

    /** Opens a batch of mention inserts: supplier, import, sheet, row, name as written, country, kind, score, candidate. */
    public BatchedInsert mentions(Connection connection) throws SQLException {
        return new BatchedInsert(connection, "INSERT INTO supplier_mention (supplier_id, import_id, sheet, row_num,"
                + " name_as_written, country, match_kind, score, candidate_supplier_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /**
     * Suppliers for the list, with how many imports mention each and how many values they hold; worker values
     * come from {@code workerTallies} (supplier id → {rows, values}).
     */
    public List<SupplierSummary> summaries(Connection connection, Map<Long, long[]> workerTallies)
            throws SQLException {
        List<SupplierSummary> summaries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT s.id, s.name, s.country, s.sector,"
                + " s.tier, s.external_id,"
                + " (SELECT COUNT(DISTINCT m.import_id) FROM supplier_mention m WHERE m.supplier_id = s.id),"
                + " (SELECT COUNT(*) FROM observation o WHERE o.supplier_id = s.id)"
                + " FROM supplier s ORDER BY LOWER(s.name), s.id");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                long[] worker = workerTallies.getOrDefault(id, new long[2]);
                Integer tier = rs.getObject(5) == null ? null : rs.getInt(5);
                summaries.add(new SupplierSummary(id, rs.getString(2), rs.getString(3), rs.getString(4), tier,
                        rs.getString(6), rs.getInt(7), rs.getLong(8) + worker[1]));
            }
        }
        return summaries;
    }

    /** Mentions matched only uncertainly (and attached to a new supplier), oldest first, for review. */
    public List<SupplierMatch> uncertain(Connection connection) throws SQLException {
        List<SupplierMatch> matches = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT m.name_as_written, m.country,"
                + " m.candidate_supplier_id, c.name, m.score, m.sheet, m.row_num FROM supplier_mention m"
                + " JOIN supplier c ON c.id = m.candidate_supplier_id WHERE m.match_kind = 'UNCERTAIN'"
                + " ORDER BY m.import_id, m.id");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                matches.add(new SupplierMatch(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getDouble(5), rs.getString(6), rs.getInt(7)));
            }
        }
        return matches;
    }

    private static StoredSupplier read(ResultSet rs) throws SQLException {
        Integer tier = rs.getObject(7) == null ? null : rs.getInt(7);
        return new StoredSupplier(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), tier, rs.getString(8), rs.getLong(9));
    }
}
