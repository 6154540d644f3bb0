package org.ddworkbench.check.rules;

import java.util.List;
import java.util.Map;
import org.ddworkbench.model.EvidenceCell;

/**
 * Everything stored about one supplier that its rules read: master data, supplier-level values, audits,
 * workers' answers (key {@code kind + ":" + metricId}, e.g. {@code WORKER_SURVEY:paid_recruitment_fee}) and
 * the mentions of it that still await a match review. Period filtering is the rules' job.
 *
 * @param country ISO 3166-1 alpha-2, or null
 * @param sector as stored (free text, e.g. "Seafood"), or null
 */
public record SupplierFacts(
        long supplierId,
        String name,
        String country,
        String sector,
        List<Fact> facts,
        List<AuditFacts> audits,
        Map<String, WorkerValues> workerValues,
        List<EvidenceCell> uncertainMentions) {

    public SupplierFacts {
        facts = List.copyOf(facts);
        audits = List.copyOf(audits);
        workerValues = Map.copyOf(workerValues);
        uncertainMentions = List.copyOf(uncertainMentions);
    }

    public static String key(org.ddworkbench.model.DataSourceKind kind, String metricId) {
        return kind.name() + ":" + metricId;
    }
}
