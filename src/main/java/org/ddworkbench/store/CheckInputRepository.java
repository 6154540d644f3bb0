package org.ddworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a check needs to decide cheaply what changed since the last run: the imports that hold data of each
 * supplier, the digest and data confidence each supplier was last checked with, and which metrics each
 * worker-level import holds values of.
 */
public final class CheckInputRepository {
    /** The {@code check_input} row that holds the project-wide rules' digest. */
    public static final long PROJECT_ROW = 0;
    /** The {@code check_input} row that holds the digest of the last run's engine version, pack and as-of date. */
    public static final long RUN_ROW = -1;

    /** What a supplier (or, with id 0, the project) was last checked with. */
    public record StoredInput(long supplierId, String inputHash, double confidence) {
    }

    /** A supplier's master data as checks read it. */
    public record SupplierMaster(long id, String name, String country, String sector) {
    }

    /** An import as checks cite it. */
    public record ImportEntry(long id, String fileName, String sha256, String kind, int rowsSkipped) {
    }

    /** Every supplier's master data, by id. */
    public List<SupplierMaster> suppliers(Connection connection) throws SQLException {
        List<SupplierMaster> suppliers = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, name, country, sector FROM supplier ORDER BY id");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                suppliers.add(new SupplierMaster(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return suppliers;
    }

    /** Every import, by id. */
    public List<ImportEntry> imports(Connection connection) throws SQLException {
        List<ImportEntry> imports = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, file_name, file_sha256, kind, rows_skipped FROM import_batch ORDER BY id");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                imports.add(new ImportEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5)));
            }
        }
        return imports;
    }

    /**
     * The imports holding any data of each supplier (values, audits, worker rows, mentions), sorted; suppliers
     * without data are absent. Supplier-level values come from {@code observedSuppliers} (import id → supplier
     * ids, see {@link #observedSuppliers}), so the large observation table is not read.
     */
    public Map<Long, long[]> contributingImports(Connection connection, Map<Long, long[]> observedSuppliers)
            throws SQLException {
        Map<Long, Set<Long>> imports = new HashMap<>();
        observedSuppliers.forEach((importId, suppliers) -> {
            for (long supplierId : suppliers) {
                imports.computeIfAbsent(supplierId, id -> new TreeSet<>()).add(importId);
            }
        });
        // Three plain reads into the sets: a UNION would have the store sort and compare every pair first.
        for (String table : List.of("audit", "worker_tally", "supplier_mention")) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT supplier_id, import_id FROM " + table);
                    ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    imports.computeIfAbsent(rs.getLong(1), id -> new TreeSet<>()).add(rs.getLong(2));
                }
            }
        }
        Map<Long, long[]> sorted = new HashMap<>();
        imports.forEach((supplier, ids) -> sorted.put(supplier, ids.stream().mapToLong(Long::longValue).toArray()));
        return sorted;
    }

    /** The suppliers each import stored supplier-level values of, as far as known; imports not yet seen are absent. */
    public Map<Long, long[]> observedSuppliers(Connection connection) throws SQLException {
        Map<Long, long[]> observed = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT import_id, supplier_ids FROM check_import_suppliers");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String ids = rs.getString(2);
                observed.put(rs.getLong(1), ids.isEmpty() ? new long[0]
                        : Arrays.stream(ids.split(",")).mapToLong(Long::parseLong).toArray());
            }
        }
        return observed;
    }

    /** The suppliers import {@code importId} stored supplier-level values of, read from the observations. */
    public long[] observedSuppliersOf(Connection connection, long importId) throws SQLException {
        Set<Long> suppliers = new TreeSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT DISTINCT supplier_id FROM observation WHERE import_id = ?")) {
            select.setLong(1, importId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    suppliers.add(rs.getLong(1));
                }
            }
        }
        return suppliers.stream().mapToLong(Long::longValue).toArray();
    }

    /** Remembers which suppliers imports stored values of, and forgets imports that are gone. */
    public void saveObservedSuppliers(Connection connection, Map<Long, long[]> observed) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM check_import_suppliers"
                + " WHERE import_id NOT IN (SELECT id FROM import_batch)")) {
            delete.executeUpdate();
        }
        try (BatchedInsert merge = new BatchedInsert(connection,
                "MERGE INTO check_import_suppliers (import_id, supplier_ids) KEY (import_id) VALUES (?, ?)")) {
            for (Map.Entry<Long, long[]> entry : observed.entrySet()) {
                merge.add(entry.getKey(), Arrays.stream(entry.getValue()).sorted().mapToObj(Long::toString)
                        .collect(java.util.stream.Collectors.joining(",")));
            }
        }
    }

    /** The worker-level imports holding rows of any of {@code supplierIds}, sorted. */
    public long[] workerImportsOf(Connection connection, Collection<Long> supplierIds) throws SQLException {
        Set<Long> imports = new TreeSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT DISTINCT import_id FROM worker_tally WHERE supplier_id = ANY(?)")) {
            select.setObject(1, supplierIds.toArray(Long[]::new));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    imports.add(rs.getLong(1));
                }
            }
        }
        return imports.stream().mapToLong(Long::longValue).toArray();
    }

    /** How many worker values each supplier holds over all imports (0 when none). */
    public Map<Long, Long> workerValueCounts(Connection connection) throws SQLException {
        Map<Long, Long> counts = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT supplier_id, SUM(value_count) FROM worker_tally GROUP BY supplier_id");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return counts;
    }

    /** What every supplier (and, under id 0, the project) was last checked with. */
    public Map<Long, StoredInput> stored(Connection connection) throws SQLException {
        Map<Long, StoredInput> stored = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT supplier_id, input_hash, confidence FROM check_input");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                stored.put(rs.getLong(1), new StoredInput(rs.getLong(1), rs.getString(2), rs.getDouble(3)));
            }
        }
        return stored;
    }

    /** Records what suppliers were checked with, replacing earlier rows. */
    public void save(Connection connection, Collection<StoredInput> inputs, Instant at) throws SQLException {
        try (BatchedInsert merge = new BatchedInsert(connection, "MERGE INTO check_input (supplier_id, input_hash,"
                + " confidence, checked_at) KEY (supplier_id) VALUES (?, ?, ?, ?)")) {
            for (StoredInput input : inputs) {
                merge.add(input.supplierId(), input.inputHash(), input.confidence(), at.toEpochMilli());
            }
        }
    }

    /** Forgets what the given suppliers were checked with. */
    public void delete(Connection connection, Collection<Long> supplierIds) throws SQLException {
        if (supplierIds.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM check_input WHERE supplier_id = ANY(?)")) {
            delete.setObject(1, supplierIds.toArray(Long[]::new));
            delete.executeUpdate();
        }
    }

    /** The metrics with values in each worker-level import already scanned, by import id. */
    public Map<Long, Set<String>> workerMetrics(Connection connection) throws SQLException {
        Map<Long, Set<String>> metrics = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT import_id, metric_ids FROM check_import_metrics ORDER BY import_id");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String ids = rs.getString(2);
                metrics.put(rs.getLong(1), ids.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(ids.split(","))));
            }
        }
        return metrics;
    }

    /** Remembers the metrics with values in worker-level imports, and forgets imports that are gone. */
    public void saveWorkerMetrics(Connection connection, Map<Long, Set<String>> metrics) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM check_import_metrics"
                + " WHERE import_id NOT IN (SELECT id FROM import_batch)")) {
            delete.executeUpdate();
        }
        try (BatchedInsert merge = new BatchedInsert(connection,
                "MERGE INTO check_import_metrics (import_id, metric_ids) KEY (import_id) VALUES (?, ?)")) {
            for (Map.Entry<Long, Set<String>> entry : metrics.entrySet()) {
                merge.add(entry.getKey(), String.join(",", new TreeSet<>(entry.getValue())));
            }
        }
    }

    /** The metrics with at least one supplier-level value. */
    public Set<String> observedMetrics(Connection connection) throws SQLException {
        Set<String> metrics = new TreeSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT metric_id FROM observation");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                metrics.add(rs.getString(1));
            }
        }
        return metrics;
    }

    /** The imports with worker-level rows, sorted. */
    public List<Long> workerImports(Connection connection) throws SQLException {
        List<Long> imports = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT DISTINCT import_id FROM worker_chunk ORDER BY import_id");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                imports.add(rs.getLong(1));
            }
        }
        return imports;
    }

    /** The stored summary JSON of each import with skipped rows, by import id. */
    public Map<Long, String> skippedRowSummaries(Connection connection) throws SQLException {
        Map<Long, String> summaries = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, summary_json FROM import_batch WHERE rows_skipped > 0 ORDER BY id");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                summaries.put(rs.getLong(1), rs.getString(2));
            }
        }
        return summaries;
    }
}
