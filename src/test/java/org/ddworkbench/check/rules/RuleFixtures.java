package org.ddworkbench.check.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.EvidenceCell;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.LoadedPack;

/**
 * Test helpers: the bundled pack, a fixed as-of date, an import catalogue, and a builder of one supplier's facts
 * that starts from a clean supplier (SAQ, audit and survey all in the period, nothing beyond any threshold).
 */
final class RuleFixtures {
    static final LoadedPack LOADED = new JsonPackReader().bundled();
    static final MetricPack PACK = LOADED.pack();
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final long SAQ_IMPORT = 1;
    static final long AUDIT_IMPORT = 2;
    static final long SURVEY_IMPORT = 3;
    static final long LIST_IMPORT = 4;
    static final long OLD_SAQ_IMPORT = 5;
    static final long AUDIT_ID = 10;
    static final String SITE = "Plant 1";

    private RuleFixtures() {
    }

    static CheckContext context() {
        return context(PACK);
    }

    static CheckContext context(MetricPack pack) {
        return new CheckContext(pack, LOADED.fingerprint(), AS_OF);
    }

    static ImportCatalog imports() {
        Map<Long, ImportCatalog.Entry> entries = new HashMap<>();
        for (long id = 1; id <= 9; id++) {
            entries.put(id, new ImportCatalog.Entry("file-" + id + ".xlsx", "sha-" + id));
        }
        return new ImportCatalog(entries);
    }

    static RuleEngine engine() {
        return new RuleEngine(context(), imports());
    }

    static String fileOf(long importId) {
        return "file-" + importId + ".xlsx";
    }

    /** A clean supplier: every rule passes on it. */
    static Supplier clean() {
        Supplier s = new Supplier();
        LocalDate saqDate = LocalDate.of(2025, 1, 15);
        s.saq(SAQ_IMPORT, saqDate, "recruitment_fees_charged", 0)
                .saq(SAQ_IMPORT, saqDate, "employer_pays_policy", 1)
                .saq(SAQ_IMPORT, saqDate, "workers_total", 400)
                .saq(SAQ_IMPORT, saqDate, "agency_workers", 20)
                .saq(SAQ_IMPORT, saqDate, "documents_held_by_employer", 0)
                .saq(SAQ_IMPORT, saqDate, "wages_paid_on_time", 1)
                .saq(SAQ_IMPORT, saqDate, "deposits_required", 0)
                .saq(SAQ_IMPORT, saqDate, "max_weekly_hours_declared", 60)
                .saq(SAQ_IMPORT, saqDate, "overtime_voluntary", 1);
        s.audit(AUDIT_ID, LocalDate.of(2025, 3, 1), "unannounced", 50, 400)
                .auditFact(AUDIT_ID, "agency_workers", 20)
                .auditFact(AUDIT_ID, "wages_paid_on_time", 1)
                .auditFact(AUDIT_ID, "deposits_required", 0);
        s.workers(DataSourceKind.WORKER_SURVEY, "paid_recruitment_fee", repeat(0, 20))
                .workers(DataSourceKind.WORKER_SURVEY, "employer_holds_my_documents", repeat(0, 20))
                .workers(DataSourceKind.WORKER_SURVEY, "overtime_voluntary", repeat(1, 20))
                .workers(DataSourceKind.WORKER_SURVEY, "total_weekly_hours", hours(20, 56));
        return s;
    }

    static double[] repeat(double value, int times) {
        double[] values = new double[times];
        java.util.Arrays.fill(values, value);
        return values;
    }

    /** {@code count} different weekly hours, the longest {@code longest}. */
    static double[] hours(int count, double longest) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = longest - i * 0.5;
        }
        return values;
    }

    /** {@code yes} answers of 1 followed by {@code no} answers of 0. */
    static double[] yesNo(int yes, int no) {
        double[] values = new double[yes + no];
        java.util.Arrays.fill(values, 0, yes, 1);
        return values;
    }

    static List<FindingDraft> withRule(List<FindingDraft> drafts, String ruleId) {
        return drafts.stream().filter(d -> d.ruleId().equals(ruleId)).toList();
    }

    static FindingDraft only(List<FindingDraft> drafts, String ruleId) {
        List<FindingDraft> found = withRule(drafts, ruleId);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + ruleId + " but got " + found.size() + ": "
                    + drafts.stream().map(FindingDraft::ruleId).toList());
        }
        return found.get(0);
    }

    static String value(FindingDraft draft, String label) {
        return draft.values().stream().filter(v -> v.label().equals(label)).map(v -> v.value()).findFirst()
                .orElseThrow(() -> new AssertionError("no value " + label + " in " + draft.values()));
    }

    /** Builds one supplier's facts; cells are numbered so each can be told apart. */
    static final class Supplier {
        long id = 7;
        String name = "Siam Seafood";
        String country = "TH";
        String sector = "Seafood";
        final List<Fact> facts = new ArrayList<>();
        final List<AuditFacts> audits = new ArrayList<>();
        final Map<String, WorkerValues> workers = new LinkedHashMap<>();
        final List<EvidenceCell> mentions = new ArrayList<>();

        static EvidenceCell cell(long importId, DataSourceKind kind, String sheet, int row, int column,
                String metric, String value) {
            return new EvidenceCell(importId, kind, fileOf(importId), "sha-" + importId, sheet, row, column, metric,
                    value);
        }

        Supplier saq(long importId, LocalDate date, String metric, double number) {
            int column = (int) facts.stream().filter(f -> f.cell().importId() == importId).count() + 1;
            facts.add(new Fact(cell(importId, DataSourceKind.SAQ, "SAQ", 2, column, metric, Double.toString(number)),
                    DataSourceKind.SAQ, metric, number, null, date, null));
            return this;
        }

        Supplier without(String metric) {
            facts.removeIf(f -> f.metricId().equals(metric));
            return this;
        }

        Supplier audit(long auditId, LocalDate date, String type, Integer interviewed, Integer total) {
            return audit(auditId, date, type, interviewed, total, SITE);
        }

        Supplier audit(long auditId, LocalDate date, String type, Integer interviewed, Integer total, String site) {
            audits.add(new AuditFacts(auditId, cell(AUDIT_IMPORT, DataSourceKind.AUDIT, "Audit", (int) auditId, -1,
                    null, null), site, date, "smeta", type, interviewed, total));
            return this;
        }

        Supplier auditFact(long auditId, String metric, double number) {
            AuditFacts audit = audits.stream().filter(a -> a.auditId() == auditId).findFirst().orElseThrow();
            int column = (int) facts.stream().filter(f -> f.auditId() != null && f.auditId() == auditId).count() + 1;
            facts.add(new Fact(cell(AUDIT_IMPORT, DataSourceKind.AUDIT, "Audit", (int) auditId, column, metric,
                    Double.toString(number)), DataSourceKind.AUDIT, metric, number, null, audit.date(), auditId));
            return this;
        }

        Supplier listFact(String metric, double number) {
            facts.add(new Fact(cell(LIST_IMPORT, DataSourceKind.SUPPLIER_LIST, "Suppliers", 3, 5, metric,
                    Double.toString(number)), DataSourceKind.SUPPLIER_LIST, metric, number, null, null, null));
            return this;
        }

        /** Replaces the answers of one metric: row i + 2 of sheet "Survey", column 4. */
        Supplier workers(DataSourceKind kind, String metric, double... answers) {
            WorkerValues values = new WorkerValues(kind, metric);
            for (int i = 0; i < answers.length; i++) {
                values.addNumber(answers[i], SURVEY_IMPORT, "Survey", i + 2, 4);
            }
            workers.put(SupplierFacts.key(kind, metric), values);
            return this;
        }

        Supplier noWorkers(DataSourceKind kind, String metric) {
            workers.remove(SupplierFacts.key(kind, metric));
            return this;
        }

        Supplier mention(EvidenceCell cell) {
            mentions.add(cell);
            return this;
        }

        SupplierFacts build() {
            return new SupplierFacts(id, name, country, sector, facts, audits, workers, mentions);
        }

        List<FindingDraft> run() {
            return engine().evaluate(build(), Set.of()).drafts();
        }
    }
}
