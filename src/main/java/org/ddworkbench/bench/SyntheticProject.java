package org.ddworkbench.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.Sha256;
import org.ddworkbench.store.AuditRepository;
import org.ddworkbench.store.BatchedInsert;
import org.ddworkbench.store.ImportRepository;
import org.ddworkbench.store.ObservationRepository;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.StoredSupplier;
import org.ddworkbench.store.SupplierRepository;
import org.ddworkbench.store.WorkerRecordStore;
import org.ddworkbench.store.WorkerSlot;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/**
 * Fills a project with a synthetic portfolio as fast as the store allows, writing straight through the store's
 * repositories what the import would write for four files (a supplier list, a wide SAQ sheet, an audit table
 * and a worker survey), one transaction per file, with provenance down to the cell and an activity-log entry
 * each. About a fifth of the suppliers carry planted problems (see {@link SyntheticSupplier}).
 */
final class SyntheticProject {
    private static final String SUPPLIER_SHEET = "Suppliers";
    private static final String SAQ_SHEET = "SAQ";
    private static final String AUDIT_SHEET = "Audits";
    private static final String SURVEY_SHEET = "Responses";
    /** Columns before the metrics: SAQ name, country, date; audit name, country, site, date, scheme, firm; survey name, id, date. */
    private static final int SAQ_FIRST_COLUMN = 3;
    private static final int AUDIT_FIRST_COLUMN = 6;
    private static final int SURVEY_FIRST_COLUMN = 3;

    /** What was written. */
    record Counts(int suppliers, long observations, int audits, long workerRows, long workerValues,
            int suppliersWithProblems) {
        long values() {
            return observations + workerValues;
        }
    }

    private final ImportRepository imports = new ImportRepository();
    private final SupplierRepository suppliers = new SupplierRepository();
    private final ObservationRepository observations = new ObservationRepository();
    private final AuditRepository audits = new AuditRepository();
    private final WorkerRecordStore workers = new WorkerRecordStore();
    private final ObjectMapper mapper = new ObjectMapper();
    private final int supplierCount;
    private final int workersPerSupplier;
    private final LocalDate asOf;
    private final boolean everySupplierSurveyed;
    private final SyntheticValues values;

    /** A portfolio in which about one supplier in 20 has no worker survey, as the check benchmark wants. */
    SyntheticProject(int supplierCount, int workersPerSupplier, LocalDate asOf) {
        this(supplierCount, workersPerSupplier, asOf, false);
    }

    /**
     * @param everySupplierSurveyed survey every supplier (the report benchmark's exact row count), instead of
     *     leaving about one in 20 without a survey
     */
    SyntheticProject(int supplierCount, int workersPerSupplier, LocalDate asOf, boolean everySupplierSurveyed) {
        this.supplierCount = supplierCount;
        this.workersPerSupplier = workersPerSupplier;
        this.asOf = asOf;
        this.everySupplierSurveyed = everySupplierSurveyed;
        this.values = new SyntheticValues(asOf);
    }

    Counts build(Project project, ProgressListener progress, CancellationToken cancellation) throws SQLException {
        MetricPack pack = project.pack().pack();
        String fingerprint = project.pack().fingerprint();
        List<Metric> saqMetrics = collectedBy(pack, DataSourceKind.SAQ);
        List<Metric> auditMetrics = collectedBy(pack, DataSourceKind.AUDIT);
        List<Metric> surveyMetrics = surveyMetrics(pack);
        List<String> candidates = new ArrayList<>();
        surveyMetrics.stream().filter(m -> !m.thresholds().isEmpty()).forEach(m -> candidates.add(m.id()));
        auditMetrics.stream().filter(m -> !m.thresholds().isEmpty() && !candidates.contains(m.id()))
                .forEach(m -> candidates.add(m.id()));
        List<SyntheticSupplier> portfolio = new ArrayList<>(supplierCount);
        for (int i = 1; i <= supplierCount; i++) {
            portfolio.add(SyntheticSupplier.draw(i, candidates));
        }
        long[] ids = new long[supplierCount + 1];
        progress.progress(0, "Writing the synthetic supplier list");
        project.inTransaction(connection -> writeSuppliers(connection, project, fingerprint, portfolio, ids));
        cancellation.throwIfCancelled();
        progress.progress(0.1, "Writing the synthetic SAQs");
        long saqValues = project.inTransaction(connection -> writeSaqs(connection, project, fingerprint, portfolio, ids,
                saqMetrics));
        cancellation.throwIfCancelled();
        progress.progress(0.3, "Writing the synthetic audits");
        long[] auditCounts = project.inTransaction(connection -> writeAudits(connection, project, fingerprint, portfolio,
                ids, auditMetrics));
        cancellation.throwIfCancelled();
        progress.progress(0.6, "Writing the synthetic worker survey");
        long[] survey = project.inTransaction(connection -> writeSurvey(connection, project, fingerprint, portfolio, ids,
                surveyMetrics));
        progress.progress(1, "Synthetic project written");
        int withProblems = (int) portfolio.stream().filter(s -> !s.problemMetrics().isEmpty()).count();
        return new Counts(supplierCount, saqValues + auditCounts[1], (int) auditCounts[0], survey[0], survey[1],
                withProblems);
    }

    private Void writeSuppliers(Connection connection, Project project, String fingerprint,
            List<SyntheticSupplier> portfolio, long[] ids) throws SQLException {
        long importId = begin(connection, "suppliers.csv", DataSourceKind.SUPPLIER_LIST, fingerprint);
        try (BatchedInsert mentions = suppliers.mentions(connection)) {
            for (SyntheticSupplier s : portfolio) {
                StoredSupplier stored = suppliers.insert(connection, new StoredSupplier(0, s.name(), s.nameKey(),
                        s.country(), s.index() + " Industrial Road, " + s.country(), s.sector(), 1 + s.index() % 2,
                        s.externalId(), importId), importId);
                ids[s.index()] = stored.id();
                mentions.add(stored.id(), importId, SUPPLIER_SHEET, s.index() + 1, s.name(), s.country(), "NEW", 1.0,
                        null);
            }
        }
        complete(connection, project, importId, "suppliers.csv", DataSourceKind.SUPPLIER_LIST, portfolio.size(), 0, 0);
        return null;
    }

    private long writeSaqs(Connection connection, Project project, String fingerprint, List<SyntheticSupplier> portfolio,
            long[] ids, List<Metric> metrics) throws SQLException {
        long importId = begin(connection, "saq-responses.xlsx", DataSourceKind.SAQ, fingerprint);
        int rows = 0;
        try (BatchedInsert batch = observations.batch(connection);
                BatchedInsert mentions = suppliers.mentions(connection)) {
            for (SyntheticSupplier s : portfolio) {
                if (!s.hasSaq()) {
                    continue;
                }
                int row = ++rows + 1;
                SplittableRandom random = s.values();
                LocalDate completed = asOf.minusDays(20 + random.nextInt(280));
                boolean skippedRequired = false;
                for (int m = 0; m < metrics.size(); m++) {
                    Metric metric = metrics.get(m);
                    if (s.saqMissingRequired() && metric.required() && !skippedRequired) {
                        skippedRequired = true;
                        continue;
                    }
                    Object value = saqValue(metric, s, random);
                    if (value != null) {
                        add(batch, importId, ids[s.index()], null, DataSourceKind.SAQ, metric.id(), value, completed,
                                SAQ_SHEET, row, SAQ_FIRST_COLUMN + m);
                    }
                }
                mentions.add(ids[s.index()], importId, SAQ_SHEET, row, s.name(), s.country(), "EXTERNAL_ID", 1.0, null);
            }
            batch.flush();
            complete(connection, project, importId, "saq-responses.xlsx", DataSourceKind.SAQ, rows, batch.rows(), 0);
            return batch.rows();
        }
    }

    private long[] writeAudits(Connection connection, Project project, String fingerprint,
            List<SyntheticSupplier> portfolio, long[] ids, List<Metric> metrics) throws SQLException {
        long importId = begin(connection, "audits.xlsx", DataSourceKind.AUDIT, fingerprint);
        int rows = 0;
        try (BatchedInsert batch = observations.batch(connection);
                BatchedInsert mentions = suppliers.mentions(connection)) {
            for (SyntheticSupplier s : portfolio) {
                if (!s.hasAudit()) {
                    continue;
                }
                int row = ++rows + 1;
                SplittableRandom random = s.values().split();
                LocalDate date = asOf.minusDays(s.staleAudit() ? 800 + random.nextInt(400) : 30 + random.nextInt(570));
                long auditId = audits.insert(connection, importId, ids[s.index()], s.name() + " - main site", date,
                        random.nextBoolean() ? "SMETA" : "amfori BSCI", "Synthetic Audit Services", AUDIT_SHEET, row);
                for (int m = 0; m < metrics.size(); m++) {
                    Metric metric = metrics.get(m);
                    Object value = auditValue(metric, s, date, random);
                    if (value != null) {
                        add(batch, importId, ids[s.index()], auditId, DataSourceKind.AUDIT, metric.id(), value, date,
                                AUDIT_SHEET, row, AUDIT_FIRST_COLUMN + m);
                    }
                }
                mentions.add(ids[s.index()], importId, AUDIT_SHEET, row, s.name(), s.country(), "NAME_COUNTRY", 1.0,
                        null);
            }
            batch.flush();
            complete(connection, project, importId, "audits.xlsx", DataSourceKind.AUDIT, rows, batch.rows(), rows);
            return new long[] {rows, batch.rows()};
        }
    }

    private long[] writeSurvey(Connection connection, Project project, String fingerprint,
            List<SyntheticSupplier> portfolio, long[] ids, List<Metric> metrics) throws SQLException {
        long importId = begin(connection, "worker-survey.csv", DataSourceKind.WORKER_SURVEY, fingerprint);
        List<WorkerSlot> slots = new ArrayList<>();
        for (int m = 0; m < metrics.size(); m++) {
            slots.add(new WorkerSlot(metrics.get(m).id(), SURVEY_FIRST_COLUMN + m));
        }
        WorkerRecordStore.ChunkWriter writer = workers.writer(connection, importId);
        HexFormat hex = HexFormat.of();
        int row = 1;
        try (BatchedInsert mentions = suppliers.mentions(connection)) {
            for (SyntheticSupplier s : portfolio) {
                if (!s.hasSurvey() && !everySupplierSurveyed) {
                    continue;
                }
                SplittableRandom random = s.values().split().split();
                double badShare = 0.3 + 0.3 * random.nextDouble();
                mentions.add(ids[s.index()], importId, SURVEY_SHEET, row + 1, s.name(), s.country(), "NAME_COUNTRY",
                        1.0, null);
                for (int w = 0; w < workersPerSupplier; w++) {
                    Object[] answers = new Object[metrics.size()];
                    for (int m = 0; m < metrics.size(); m++) {
                        answers[m] = workerValue(metrics.get(m), s, badShare, random);
                    }
                    byte[] pseudonym = new byte[32];
                    random.nextBytes(pseudonym);
                    writer.add(SURVEY_SHEET, slots, ++row, ids[s.index()], hex.formatHex(pseudonym),
                            asOf.minusDays(10 + random.nextInt(190)), answers);
                }
            }
        }
        writer.finish();
        complete(connection, project, importId, "worker-survey.csv", DataSourceKind.WORKER_SURVEY, row - 1,
                writer.values(), 0);
        return new long[] {writer.rows(), writer.values()};
    }

    private Object saqValue(Metric metric, SyntheticSupplier s, SplittableRandom random) {
        return switch (metric.id()) {
            case "workers_total" -> (double) s.workers();
            case "agency_workers" -> (double) s.agencyWorkers();
            case "max_days_at_sea" -> s.fishing() ? values.clean(metric, random) : null;
            // Suppliers seldom admit a problem in their own questionnaire; one in seven does.
            default -> s.problemMetrics().contains(metric.id()) && random.nextDouble() < 0.15
                    ? values.problem(metric, random) : values.clean(metric, random);
        };
    }

    private Object auditValue(Metric metric, SyntheticSupplier s, LocalDate date, SplittableRandom random) {
        return switch (metric.id()) {
            case "audit_date" -> date;
            case "audit_type" -> s.announcedAudit() ? "announced" : random.nextBoolean() ? "unannounced" : "semi-announced";
            case "workers_interviewed" -> (double) Math.max(1, Math.round(s.workers()
                    * (s.fewInterviews() ? 0.02 + 0.04 * random.nextDouble() : 0.12 + 0.18 * random.nextDouble())));
            case "workers_total" -> (double) Math.round(s.workers() * (0.97 + 0.06 * random.nextDouble()));
            case "agency_workers" -> (double) Math.round(s.agencyWorkers() * (s.agencyMismatch() ? 1.6 : 1.0) + 20
                    * (s.agencyMismatch() ? 1 : 0));
            case "max_days_at_sea" -> s.fishing() ? values.clean(metric, random) : null;
            default -> s.problemMetrics().contains(metric.id()) && random.nextDouble() < 0.5
                    ? values.problem(metric, random) : values.clean(metric, random);
        };
    }

    private Object workerValue(Metric metric, SyntheticSupplier s, double badShare, SplittableRandom random) {
        if (s.uniformHours() && metric.id().endsWith("weekly_hours")) {
            return 48.0;
        }
        if (random.nextInt(40) == 0) {
            return null;
        }
        // Outside the planted problems, one answer in 2,000 is beyond a threshold: surveys are never perfectly clean.
        boolean bad = s.problemMetrics().contains(metric.id()) ? random.nextDouble() < badShare
                : random.nextInt(2_000) == 0;
        Object value = bad ? values.problem(metric, random) : values.clean(metric, random);
        return value instanceof LocalDate ? null : value;
    }

    private static void add(BatchedInsert batch, long importId, long supplierId, Long auditId, DataSourceKind kind,
            String metricId, Object value, LocalDate observedOn, String sheet, int row, int column) throws SQLException {
        Double number = value instanceof Double d ? d : value instanceof Boolean b ? (b ? 1.0 : 0.0) : null;
        String text = value instanceof String t ? t : value instanceof LocalDate date ? date.toString() : null;
        batch.add(importId, supplierId, auditId, kind.name(), metricId, number, text, observedOn, sheet, row, column);
    }

    private long begin(Connection connection, String fileName, DataSourceKind kind, String fingerprint)
            throws SQLException {
        return imports.insert(connection, fileName, Sha256.hex("synthetic/" + supplierCount + "/" + workersPerSupplier + "/"
                + fileName), kind, "synthetic", Instant.now(), fingerprint);
    }

    private void complete(Connection connection, Project project, long importId, String fileName, DataSourceKind kind,
            int rows, long valuesStored, int auditsStored) throws SQLException {
        ObjectNode summary = mapper.createObjectNode();
        summary.put("kind", kind.name());
        summary.put("mapping", "synthetic");
        summary.put("rowsRead", rows);
        summary.put("rowsImported", rows);
        summary.put("rowsSkipped", 0);
        summary.put("problems", 0);
        summary.put("valuesStored", valuesStored);
        summary.put("audits", auditsStored);
        summary.put("findings", 0);
        summary.putObject("skippedRows");
        summary.putArray("hiddenSheetsSkipped");
        imports.complete(connection, importId, rows, 0, valuesStored, summary.toString());
        ObjectNode detail = mapper.createObjectNode();
        detail.put("importId", importId);
        detail.put("fileName", fileName);
        detail.put("kind", kind.name());
        detail.put("synthetic", true);
        detail.put("rowsImported", rows);
        detail.put("valuesStored", valuesStored);
        project.activityLog().append(connection, "import.completed", "Synthetic benchmark data " + fileName + ": "
                + rows + " rows", detail.toString());
    }

    private static List<Metric> collectedBy(MetricPack pack, DataSourceKind kind) {
        return pack.metrics().stream().filter(m -> m.collectedBy().contains(kind)).toList();
    }

    /** The benchmark survey's 17 worker metrics that the pack defines, or else every worker-survey metric. */
    private static List<Metric> surveyMetrics(MetricPack pack) {
        List<Metric> metrics = new ArrayList<>();
        for (String[] column : BenchmarkSurvey.METRICS) {
            pack.metric(column[0]).ifPresent(metrics::add);
        }
        return metrics.isEmpty() ? collectedBy(pack, DataSourceKind.WORKER_SURVEY) : metrics;
    }
}
