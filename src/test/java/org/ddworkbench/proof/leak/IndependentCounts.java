package org.ddworkbench.proof.leak;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ddworkbench.report.packet.PacketTable;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.WorkerRecordStore;

/**
 * Who contributes to a published cell, worked out from the store's rows with plain SQL and the decoded worker
 * rows, without the report code: the suppliers behind a supplier count, the workers behind a worker count or a
 * worker-level metric statistic. Tables of other measures or with pages are not covered ({@link #contributors}
 * returns empty).
 */
final class IndependentCounts {
    private static final String UNKNOWN = "Unknown";

    private record Supplier(long id, Map<String, String> labels) {
    }

    private record Worker(String key, Supplier supplier, String year, Map<String, Object> values) {
    }

    private final Map<Long, Supplier> suppliers = new HashMap<>();
    private final List<Worker> workers = new ArrayList<>();

    private IndependentCounts() {
    }

    static IndependentCounts of(Project project) throws SQLException {
        IndependentCounts counts = new IndependentCounts();
        project.inTransaction(connection -> {
            try (PreparedStatement st = connection.prepareStatement("SELECT id, country, sector, tier FROM supplier");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String sector = rs.getString(3) == null || rs.getString(3).isBlank() ? UNKNOWN
                            : rs.getString(3).strip();
                    Object tier = rs.getObject(4);
                    counts.suppliers.put(rs.getLong(1), new Supplier(rs.getLong(1), Map.of(
                            "country", rs.getString(2) == null ? UNKNOWN : rs.getString(2).strip(),
                            "sector", sector, "tier", tier == null ? UNKNOWN : "Tier " + tier)));
                }
            }
            new WorkerRecordStore().stream(connection, 0, row -> {
                Supplier supplier = counts.suppliers.get(row.supplierId());
                String key = row.supplierId() + ":" + (row.respondent() != null ? row.respondent()
                        : row.importId() + "/" + row.sheet() + "/" + row.row());
                LocalDate on = row.observedOn();
                Map<String, Object> values = new HashMap<>();
                for (int i = 0; i < row.slots().size(); i++) {
                    if (row.values()[i] != null) {
                        values.put(row.slots().get(i).metricId(), row.values()[i]);
                    }
                }
                counts.workers.add(new Worker(key, supplier, on == null ? "Undated" : Integer.toString(on.getYear()),
                        values));
            });
            return null;
        });
        return counts;
    }

    /**
     * The distinct contributors of cell ({@code row}, {@code column}) of the table, margins included (the row
     * index past the last label is the column total, and likewise for columns); empty when the table's measure or
     * dimensions are not covered.
     */
    Optional<Set<String>> contributors(PacketTable table, int row, int column) {
        if (table.page() != null) {
            return Optional.empty();
        }
        String measure = table.measure();
        boolean supplierCount = measure.equals("suppliers");
        boolean workerMeasure = measure.equals("workers") || measure.startsWith("metric:");
        if (!supplierCount && !workerMeasure || !covered(table.rowDimension(), supplierCount)
                || table.columnDimension() != null && !covered(table.columnDimension(), supplierCount)) {
            return Optional.empty();
        }
        String rowLabel = row < table.rowLabels().size() ? table.rowLabels().get(row) : null;
        String columnLabel = table.columnDimension() != null && column < table.columnLabels().size()
                ? table.columnLabels().get(column) : null;
        Set<String> found = new HashSet<>();
        if (supplierCount) {
            for (Supplier supplier : suppliers.values()) {
                if (matches(supplier.labels(), null, table.rowDimension(), rowLabel)
                        && matches(supplier.labels(), null, table.columnDimension(), columnLabel)) {
                    found.add(Long.toString(supplier.id()));
                }
            }
            return Optional.of(found);
        }
        String metric = measure.startsWith("metric:") ? measure.split(":")[1] : null;
        for (Worker worker : workers) {
            if (worker.supplier() != null && (metric == null || worker.values().get(metric) instanceof Number)
                    && matches(worker.supplier().labels(), worker.year(), table.rowDimension(), rowLabel)
                    && matches(worker.supplier().labels(), worker.year(), table.columnDimension(), columnLabel)) {
                found.add(worker.key());
            }
        }
        return Optional.of(found);
    }

    private static boolean covered(String dimension, boolean supplierCount) {
        return Set.of("country", "sector", "tier").contains(dimension) || !supplierCount && dimension.equals("period");
    }

    private static boolean matches(Map<String, String> labels, String year, String dimension, String label) {
        if (dimension == null || label == null) {
            return true;
        }
        return label.equals(dimension.equals("period") ? year : labels.get(dimension));
    }
}
