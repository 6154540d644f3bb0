package org.ddworkbench.check.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.EvidenceCell;

/**
 * One supplier's data as the rules see it within the assessment period: the latest SAQ, the current audit and
 * its observations, the supplier list, and the workers' answers.
 */
final class SupplierPeriod {
    /** Undated values count as older than dated ones; then the later import, row and column win. */
    static final Comparator<Fact> LATEST_LAST = Comparator
            .comparing(Fact::observedOn, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparingLong(f -> f.cell().importId())
            .thenComparingInt(f -> f.cell().row())
            .thenComparingInt(f -> f.cell().column());

    private static final Comparator<AuditFacts> AUDIT_LATEST_LAST = Comparator
            .comparing(AuditFacts::date, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparingLong(AuditFacts::auditId);

    private final SupplierFacts facts;
    private final List<Fact> saq;
    private final List<AuditFacts> auditsInPeriod;
    private final AuditFacts currentAudit;
    private final AuditFacts latestAudit;
    private final Map<DataSourceKind, Map<String, List<Fact>>> byMetric = new HashMap<>();
    private final List<Fact> olderSaq;

    SupplierPeriod(CheckContext context, SupplierFacts facts) {
        this.facts = facts;
        List<Fact> saqInPeriod = new ArrayList<>();
        List<Fact> saqOutOfPeriod = new ArrayList<>();
        for (Fact fact : facts.facts()) {
            if (fact.kind() == DataSourceKind.SAQ) {
                (context.inPeriod(fact.observedOn()) ? saqInPeriod : saqOutOfPeriod).add(fact);
            }
        }
        this.saq = latestImport(saqInPeriod);
        this.olderSaq = latestImport(saqOutOfPeriod);
        this.auditsInPeriod = facts.audits().stream().filter(a -> context.inPeriod(a.date()))
                .sorted(AUDIT_LATEST_LAST).toList();
        this.currentAudit = auditsInPeriod.isEmpty() ? null : auditsInPeriod.get(auditsInPeriod.size() - 1);
        this.latestAudit = facts.audits().stream().max(AUDIT_LATEST_LAST).orElse(null);
        index(DataSourceKind.SAQ, saq);
        index(DataSourceKind.AUDIT, currentAudit == null ? List.of() : facts.facts().stream()
                .filter(f -> f.kind() == DataSourceKind.AUDIT && f.auditId() != null
                        && f.auditId() == currentAudit.auditId())
                .toList());
        index(DataSourceKind.SUPPLIER_LIST, facts.facts().stream()
                .filter(f -> f.kind() == DataSourceKind.SUPPLIER_LIST).toList());
    }

    /** The facts of the one import dated latest (ties and undated: the higher import id). */
    private static List<Fact> latestImport(List<Fact> candidates) {
        Map<Long, LocalDate> dates = new HashMap<>();
        for (Fact fact : candidates) {
            dates.merge(fact.cell().importId(), fact.observedOn() == null ? LocalDate.MIN : fact.observedOn(),
                    (a, b) -> a.isAfter(b) ? a : b);
        }
        Optional<Long> latest = dates.entrySet().stream()
                .max(Map.Entry.<Long, LocalDate>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
        return latest.map(id -> candidates.stream().filter(f -> f.cell().importId() == id).toList())
                .orElse(List.of());
    }

    private void index(DataSourceKind kind, List<Fact> list) {
        Map<String, List<Fact>> metrics = new HashMap<>();
        for (Fact fact : list) {
            metrics.computeIfAbsent(fact.metricId(), k -> new ArrayList<>()).add(fact);
        }
        byMetric.put(kind, metrics);
    }

    SupplierFacts facts() {
        return facts;
    }

    /** The latest SAQ's facts, empty when no SAQ is dated within the period. */
    List<Fact> saq() {
        return saq;
    }

    /** The latest SAQ dated before the period, empty when there is none. */
    List<Fact> olderSaq() {
        return olderSaq;
    }

    /** Audits dated within the period, oldest first. */
    List<AuditFacts> auditsInPeriod() {
        return auditsInPeriod;
    }

    /** The latest audit within the period, or null. */
    AuditFacts currentAudit() {
        return currentAudit;
    }

    /** The latest audit whatever its date, or null when there is none. */
    AuditFacts latestAudit() {
        return latestAudit;
    }

    /**
     * The supplier-level facts of a metric from one kind of document: the latest SAQ, the current audit or the
     * supplier list; empty for worker-level kinds.
     */
    List<Fact> facts(DataSourceKind kind, String metricId) {
        return byMetric.getOrDefault(kind, Map.of()).getOrDefault(metricId, List.of());
    }

    /** The latest of those facts, or null. */
    Fact latest(DataSourceKind kind, String metricId) {
        return facts(kind, metricId).stream().max(LATEST_LAST).orElse(null);
    }

    /** Workers' answers to a metric from one kind of worker-level document, or null when there are none. */
    WorkerValues workers(DataSourceKind kind, String metricId) {
        WorkerValues values = facts.workerValues().get(SupplierFacts.key(kind, metricId));
        return values == null || values.size() == 0 ? null : values;
    }

    /** A cell naming a whole sheet of the given fact's file (row 0, column -1), for findings about a document. */
    static EvidenceCell sheetCell(Fact fact) {
        EvidenceCell c = fact.cell();
        return new EvidenceCell(c.importId(), c.kind(), c.fileName(), c.fileSha256(), c.sheet(), 0, -1, null, null);
    }
}
