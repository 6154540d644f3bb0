package org.ddworkbench.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ddworkbench.check.rules.AuditFacts;
import org.ddworkbench.check.rules.CheckContext;
import org.ddworkbench.check.rules.Fact;
import org.ddworkbench.check.rules.ProjectFacts;
import org.ddworkbench.check.rules.SupplierFacts;
import org.ddworkbench.check.rules.WorkerValues;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.EvidenceCell;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricType;
import org.ddworkbench.store.CheckFactRepository;
import org.ddworkbench.store.CheckFactRepository.AuditRow;
import org.ddworkbench.store.CheckFactRepository.ObservationRow;
import org.ddworkbench.store.CheckInputRepository;
import org.ddworkbench.store.CheckInputRepository.SupplierMaster;
import org.ddworkbench.store.WorkerRecordStore;
import org.ddworkbench.store.WorkerRow;
import org.ddworkbench.task.CancellationToken;

/**
 * Loads the facts supplier rules read, for many suppliers per query: supplier-level values, audits, workers'
 * answers within the period and uncertain mentions. Worker chunks are decoded once per load, and only those of
 * imports holding rows of the wanted suppliers; while decoding, it notes which metrics each import has values of.
 */
final class FactLoader {
    private static final String AUDIT_TYPE = "audit_type";
    private static final String WORKERS_INTERVIEWED = "workers_interviewed";
    private static final String WORKERS_TOTAL = "workers_total";
    /** Worker rows decoded between two looks at the cancel button. */
    private static final int CANCEL_EVERY = 5_000;

    private final CheckFactRepository rows;
    private final CheckInputRepository inputs;
    private final WorkerRecordStore workers;
    private final ObjectMapper mapper = new ObjectMapper();

    FactLoader(CheckFactRepository rows, CheckInputRepository inputs, WorkerRecordStore workers) {
        this.rows = rows;
        this.inputs = inputs;
        this.workers = workers;
    }

    /**
     * What a load saw besides the facts: which suppliers each import stored values of, which metrics have
     * supplier-level values, and which metrics each decoded worker import has values of.
     */
    static final class Seen {
        final Map<Long, Set<Long>> suppliersByImport = new HashMap<>();
        final Set<String> observedMetrics = new TreeSet<>();
        final Map<Long, Set<String>> workerMetrics = new TreeMap<>();
    }

    /** What one supplier's facts are built from while rows stream in. */
    private static final class Collected {
        final List<Fact> facts = new ArrayList<>();
        final List<AuditRow> audits = new ArrayList<>();
        final Map<String, WorkerValues> workers = new HashMap<>();
        final List<EvidenceCell> mentions = new ArrayList<>();
    }

    /**
     * The facts of {@code wanted} suppliers. {@code everySupplier} says the list is the whole supplier table, so
     * tables are scanned without a filter. What else the rows show is added to {@code seen}.
     */
    Map<Long, SupplierFacts> suppliers(Connection connection, List<SupplierMaster> wanted, boolean everySupplier,
            CheckContext context, KnownImports imports, Seen seen, CancellationToken cancellation)
            throws SQLException {
        Map<Long, Collected> collected = new HashMap<>();
        for (SupplierMaster master : wanted) {
            collected.put(master.id(), new Collected());
        }
        readSupplierLevel(connection, everySupplier, collected, context, imports, seen);
        cancellation.throwIfCancelled();
        long[] workerImports = everySupplier
                ? inputs.workerImports(connection).stream().mapToLong(Long::longValue).toArray()
                : inputs.workerImportsOf(connection, collected.keySet());
        for (long importId : workerImports) {
            streamWorkers(connection, importId, context, imports, collected, seen.workerMetrics, cancellation);
        }
        Map<Long, SupplierFacts> facts = new HashMap<>();
        for (SupplierMaster master : wanted) {
            facts.put(master.id(), build(master, collected.get(master.id()), imports));
        }
        return facts;
    }

    private void readSupplierLevel(Connection connection, boolean everySupplier, Map<Long, Collected> collected,
            CheckContext context, KnownImports imports, Seen seen) throws SQLException {
        List<Long> filter = everySupplier ? null : new ArrayList<>(collected.keySet());
        Map<String, MetricType> types = new HashMap<>();
        for (Metric metric : context.pack().metrics()) {
            types.put(metric.id(), metric.type());
        }
        Map<String, String> shared = new HashMap<>();
        try (HandOff<ObservationRow> facts = new HandOff<>(row -> {
            Collected into = collected.get(row.supplierId());
            if (into != null) {
                seen.suppliersByImport.computeIfAbsent(row.importId(), id -> new HashSet<>()).add(row.supplierId());
                DataSourceKind kind = DataSourceKind.valueOf(row.kind());
                String metricId = shared.computeIfAbsent(row.metricId(), m -> {
                    seen.observedMetrics.add(m);
                    return m;
                });
                EvidenceCell cell = imports.cell(row.importId(), kind, shared.computeIfAbsent(row.sheet(), s -> s),
                        row.row(), row.column(), metricId, display(types.get(metricId), row.number(), row.text()));
                into.facts.add(new Fact(cell, kind, metricId, row.number(), row.text(), row.observedOn(),
                        row.auditId()));
            }
        })) {
            rows.observations(connection, filter, facts::accept);
            facts.finish();
        }
        rows.audits(connection, filter, row -> {
            Collected into = collected.get(row.supplierId());
            if (into != null) {
                into.audits.add(row);
            }
        });
        rows.uncertainMentions(connection, filter, row -> {
            Collected into = collected.get(row.supplierId());
            if (into != null) {
                into.mentions.add(imports.cell(row.importId(), imports.kind(row.importId()), row.sheet(), row.row(),
                        -1, null, null));
            }
        });
    }

    /**
     * Project-wide facts: the rows imports skipped, from their summaries, and the metrics with any value.
     * {@code observedMetrics} are the metrics with supplier-level values, or null to read them from the store;
     * {@code workerMetrics} holds what is known of worker imports, and imports missing from it are decoded once
     * and added.
     */
    ProjectFacts project(Connection connection, KnownImports imports, Set<String> observedMetrics,
            Map<Long, Set<String>> workerMetrics, CancellationToken cancellation) throws SQLException {
        List<List<EvidenceCell>> skipped = new ArrayList<>();
        for (Map.Entry<Long, String> summary : inputs.skippedRowSummaries(connection).entrySet()) {
            skipped.add(skippedRows(summary.getKey(), summary.getValue(), imports));
        }
        Set<String> metrics = new TreeSet<>(observedMetrics != null ? observedMetrics
                : inputs.observedMetrics(connection));
        for (long importId : inputs.workerImports(connection)) {
            Set<String> known = workerMetrics.get(importId);
            if (known == null) {
                known = workerMetrics(connection, importId, cancellation);
                workerMetrics.put(importId, known);
            }
            metrics.addAll(known);
        }
        return new ProjectFacts(skipped, metrics);
    }

    private List<EvidenceCell> skippedRows(long importId, String summaryJson, KnownImports imports)
            throws SQLException {
        JsonNode sheets;
        try {
            sheets = mapper.readTree(summaryJson).path("skippedRows");
        } catch (JsonProcessingException e) {
            throw new SQLException("The stored summary of import " + importId + " could not be read", e);
        }
        List<EvidenceCell> cells = new ArrayList<>();
        DataSourceKind kind = imports.kind(importId);
        for (Map.Entry<String, JsonNode> sheet : sheets.properties()) {
            for (JsonNode row : sheet.getValue()) {
                cells.add(imports.cell(importId, kind, sheet.getKey(), row.asInt(), -1, null, null));
            }
        }
        return cells;
    }

    /** The metrics with values in worker import {@code importId}, decoding every chunk of it. */
    Set<String> workerMetrics(Connection connection, long importId, CancellationToken cancellation)
            throws SQLException {
        Set<String> metrics = new HashSet<>();
        int[] seen = {0};
        workers.stream(connection, importId, row -> {
            noteMetrics(row, metrics);
            if (++seen[0] % CANCEL_EVERY == 0) {
                cancellation.throwIfCancelled();
            }
        });
        return new TreeSet<>(metrics);
    }

    private void streamWorkers(Connection connection, long importId, CheckContext context, KnownImports imports,
            Map<Long, Collected> collected, Map<Long, Set<String>> workerMetrics, CancellationToken cancellation)
            throws SQLException {
        DataSourceKind kind = imports.kind(importId);
        Set<String> metrics = new HashSet<>();
        // Millions of answers share a few dozen metrics: each metric's key into a supplier's answers is made once.
        Map<String, String> keys = new HashMap<>();
        int[] seen = {0};
        try (HandOff<WorkerRow> answers = new HandOff<>(row -> {
            noteMetrics(row, metrics);
            Collected into = collected.get(row.supplierId());
            if (into != null && context.inPeriod(row.observedOn())) {
                addAnswers(row, kind, keys, into.workers);
            }
        })) {
            workers.stream(connection, importId, row -> {
                if (++seen[0] % CANCEL_EVERY == 0) {
                    cancellation.throwIfCancelled();
                }
                answers.accept(row);
            });
            answers.finish();
        }
        workerMetrics.put(importId, new TreeSet<>(metrics));
    }

    private static void noteMetrics(WorkerRow row, Set<String> metrics) {
        Object[] values = row.values();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && !values[i].getClass().equals(LocalDate.class)) {
                String metricId = row.slots().get(i).metricId();
                if (!metricId.startsWith("_")) {
                    metrics.add(metricId);
                }
            }
        }
    }

    private static void addAnswers(WorkerRow row, DataSourceKind kind, Map<String, String> keys,
            Map<String, WorkerValues> answers) {
        Object[] values = row.values();
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null || value instanceof LocalDate) {
                continue;
            }
            String metricId = row.slots().get(i).metricId();
            if (metricId.startsWith("_")) {
                continue;
            }
            WorkerValues into = answers.computeIfAbsent(keys.computeIfAbsent(metricId, m -> SupplierFacts.key(kind, m)),
                    key -> new WorkerValues(kind, metricId));
            int column = row.slots().get(i).column();
            if (value instanceof Boolean yes) {
                into.addNumber(yes ? 1 : 0, row.importId(), row.sheet(), row.row(), column);
            } else if (value instanceof Double number) {
                into.addNumber(number, row.importId(), row.sheet(), row.row(), column);
            } else if (value instanceof String text) {
                into.addText(text, row.importId(), row.sheet(), row.row(), column);
            }
        }
    }

    /** Facts in the order of their cells, so rules see the same order however the rows were read. */
    private static final java.util.Comparator<Fact> CELL_ORDER = java.util.Comparator
            .<Fact>comparingLong(f -> f.cell().importId()).thenComparing(f -> f.cell().sheet())
            .thenComparingInt(f -> f.cell().row()).thenComparingInt(f -> f.cell().column())
            .thenComparing(Fact::metricId);

    private static SupplierFacts build(SupplierMaster master, Collected collected, KnownImports imports) {
        collected.facts.sort(CELL_ORDER);
        List<AuditFacts> audits = new ArrayList<>();
        for (AuditRow audit : collected.audits) {
            String auditType = null;
            Integer interviewed = null;
            Integer total = null;
            for (Fact fact : collected.facts) {
                if (fact.auditId() == null || fact.auditId() != audit.auditId()) {
                    continue;
                }
                switch (fact.metricId()) {
                    case AUDIT_TYPE -> auditType = fact.text();
                    case WORKERS_INTERVIEWED -> interviewed = whole(fact.number());
                    case WORKERS_TOTAL -> total = whole(fact.number());
                    default -> { }
                }
            }
            EvidenceCell cell = imports.cell(audit.importId(), DataSourceKind.AUDIT, audit.sheet(), audit.row(), -1,
                    null, null);
            audits.add(new AuditFacts(audit.auditId(), cell, audit.site(), audit.date(), audit.scheme(), auditType,
                    interviewed, total));
        }
        return new SupplierFacts(master.id(), master.name(), master.country(), master.sector(), collected.facts,
                audits, collected.workers, collected.mentions);
    }

    private static Integer whole(Double number) {
        return number == null ? null : (int) Math.round(number);
    }

    /** A stored value as the evidence shows it: yes or no for booleans, numbers without trailing zeros. */
    static String display(MetricType type, Double number, String text) {
        if (text != null) {
            return text;
        }
        if (number == null) {
            return null;
        }
        if (type == MetricType.BOOLEAN && (number == 0 || number == 1)) {
            return number == 1 ? "yes" : "no";
        }
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString(number.longValue());
        }
        return java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
