package org.ddworkbench.ingest;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ddworkbench.ingest.map.MappingProfile;
import org.ddworkbench.ingest.read.RawCell;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.ImportRecord;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.MetricType;
import org.ddworkbench.model.SupplierEvidence;
import org.ddworkbench.model.SupplierSummary;
import org.ddworkbench.store.MappingProfileRepository.StoredProfile;
import org.ddworkbench.store.ObservationRepository.StoredObservation;
import org.ddworkbench.store.WorkerRow;

/**
 * Read-side views of imported data for the Suppliers and Imports screens: suppliers with their counts, what each
 * file said about a supplier (worker-level data only as aggregates: respondents, share of yes, mean), and the
 * saved mapping profiles.
 */
final class ImportQueries {
    private static final Logger LOG = Logger.getLogger(ImportQueries.class.getName());

    private final ImportStores stores;
    private final MappingProfileCodec codec;

    ImportQueries(ImportStores stores, MappingProfileCodec codec) {
        this.stores = stores;
        this.codec = codec;
    }

    List<SupplierSummary> suppliers(Connection connection) throws SQLException {
        return stores.suppliers().summaries(connection, stores.workers().tallies(connection));
    }

    List<SupplierEvidence> evidence(Connection connection, MetricPack pack, long supplierId) throws SQLException {
        List<SupplierEvidence> evidence = new ArrayList<>();
        for (StoredObservation o : stores.observations().forSupplier(connection, supplierId)) {
            evidence.add(new SupplierEvidence(o.kind(), o.fileName(), o.fileSha256(), o.sheet(), o.row(),
                    RawCell.columnLetters(o.column()), o.metricId(), shown(pack, o)));
        }
        Map<Long, ImportRecord> imports = new HashMap<>();
        stores.imports().all(connection).forEach(r -> imports.put(r.id(), r));
        for (long importId : workerImports(connection, supplierId)) {
            Map<String, Aggregate> aggregates = new LinkedHashMap<>();
            stores.workers().stream(connection, importId, row -> {
                if (row.supplierId() == supplierId) {
                    add(aggregates, row);
                }
            });
            ImportRecord record = imports.get(importId);
            aggregates.forEach((key, aggregate) -> {
                Metric metric = pack.metric(aggregate.metricId).orElse(null);
                if (metric != null && metric.type() != MetricType.TEXT) {
                    evidence.add(new SupplierEvidence(record.kind(), record.fileName(), record.fileSha256(),
                            aggregate.sheet, 0, RawCell.columnLetters(aggregate.column), aggregate.metricId,
                            aggregate.text(metric)));
                }
            });
        }
        return evidence;
    }

    /** Supplier-level values name their kind; worker-level values the kind of the import they came in. */
    Map<Long, Set<DataSourceKind>> sourceKinds(Connection connection) throws SQLException {
        Map<Long, Set<DataSourceKind>> kinds = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT DISTINCT supplier_id, source_kind FROM observation UNION SELECT DISTINCT t.supplier_id, b.kind"
                        + " FROM worker_tally t JOIN import_batch b ON b.id = t.import_id");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                kinds.computeIfAbsent(rs.getLong(1), id -> EnumSet.noneOf(DataSourceKind.class))
                        .add(DataSourceKind.valueOf(rs.getString(2)));
            }
        }
        return kinds;
    }

    List<MappingProfile> profiles(List<StoredProfile> stored) {
        List<MappingProfile> profiles = new ArrayList<>();
        for (StoredProfile p : stored) {
            try {
                profiles.add(codec.fromJson(p.json()));
            } catch (FileRejectedException e) {
                // A profile this version cannot read is skipped, not fatal: the file can still be mapped by hand.
                LOG.log(Level.WARNING, "A saved mapping profile could not be read and was skipped", e);
            }
        }
        return profiles;
    }

    private List<Long> workerImports(Connection connection, long supplierId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT import_id FROM worker_tally WHERE supplier_id = ? ORDER BY import_id")) {
            select.setLong(1, supplierId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static void add(Map<String, Aggregate> aggregates, WorkerRow row) {
        for (int i = 0; i < row.slots().size(); i++) {
            Object value = row.values()[i];
            if (value == null || row.slots().get(i).metricId().startsWith("_")) {
                continue;
            }
            String key = row.sheet() + '\u0000' + row.slots().get(i).metricId();
            int slot = i;
            aggregates.computeIfAbsent(key, k -> new Aggregate(row.sheet(), row.slots().get(slot).metricId(),
                    row.slots().get(slot).column())).add(value);
        }
    }

    private static String shown(MetricPack pack, StoredObservation o) {
        if (o.textValue() != null) {
            return o.textValue();
        }
        if (o.numValue() == null) {
            return "";
        }
        Metric metric = pack.metric(o.metricId()).orElse(null);
        if (metric != null && metric.type() == MetricType.BOOLEAN) {
            return o.numValue() != 0 ? "yes" : "no";
        }
        String unit = metric == null || metric.unit() == null ? "" : " " + metric.unit();
        return plain(o.numValue()) + unit;
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Worker-level values of one metric in one sheet, reduced to counts: no single row is ever shown. */
    private static final class Aggregate {
        final String sheet;
        final String metricId;
        final int column;
        int count;
        int yes;
        double sum;
        final Map<String, Integer> choices = new TreeMap<>();

        Aggregate(String sheet, String metricId, int column) {
            this.sheet = sheet;
            this.metricId = metricId;
            this.column = column;
        }

        void add(Object value) {
            count++;
            if (value instanceof Boolean b && b) {
                yes++;
            } else if (value instanceof Double d) {
                sum += d;
            } else if (value instanceof String s) {
                choices.merge(s, 1, Integer::sum);
            }
        }

        String text(Metric metric) {
            String answers = count + (count == 1 ? " answer" : " answers");
            if (!choices.isEmpty()) {
                // Choices and banded ages: how many gave each.
                return answers + ", " + choices;
            }
            return switch (metric.type()) {
                case BOOLEAN -> answers + ", " + Math.round(100.0 * yes / count) + "% yes";
                case NUMBER, INTEGER, PERCENT -> answers + ", mean " + plain(Math.round(sum / count * 10) / 10.0)
                        + (metric.unit() == null ? "" : " " + metric.unit());
                default -> answers;
            };
        }
    }
}
