package org.ddworkbench.check.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.ddworkbench.model.DataSourceKind;

/**
 * Evaluates the pack's rules over one supplier's or the project's facts and returns finding drafts; pure (no
 * store, no I/O), so the same facts always give equal drafts in the same order.
 */
public final class RuleEngine {
    private static final Comparator<FindingDraft> BY_KEY = Comparator.comparing(FindingDraft::key);

    private final CheckContext context;
    private final ValidationRules validation;
    private final ThresholdRules thresholds;
    private final CrossCheckRules crossChecks;
    private final AuditQualityRules auditQuality;
    private final CoverageRules coverage;
    private final CombinationRules combination;

    public RuleEngine(CheckContext context, ImportCatalog imports) {
        this.context = context;
        this.validation = new ValidationRules(context);
        this.thresholds = new ThresholdRules(context, imports);
        this.crossChecks = new CrossCheckRules(context, new Aggregates(context, imports));
        this.auditQuality = new AuditQualityRules(context, imports);
        this.coverage = new CoverageRules(context);
        this.combination = new CombinationRules(context);
    }

    /**
     * One supplier's drafts, sorted by key, and its data confidence: the share (0 to 1) of the expected evidence
     * present, an SAQ in the period, an audit in the period and workers' survey answers, each a third.
     */
    public record Evaluation(List<FindingDraft> drafts, double confidence) {
    }

    /**
     * Evaluates one supplier's facts.
     *
     * @param falsePositiveKeys keys the user marked false positive, which the combination rule ignores
     */
    public Evaluation evaluate(SupplierFacts facts, Set<String> falsePositiveKeys) {
        SupplierPeriod data = new SupplierPeriod(context, facts);
        return new Evaluation(drafts(data, falsePositiveKeys), confidence(data));
    }

    private List<FindingDraft> drafts(SupplierPeriod data, Set<String> falsePositiveKeys) {
        List<FindingDraft> drafts = new ArrayList<>();
        drafts.addAll(validation.evaluate(data));
        drafts.addAll(thresholds.evaluate(data));
        drafts.addAll(crossChecks.evaluate(data));
        drafts.addAll(auditQuality.evaluate(data));
        drafts.addAll(coverage.evaluate(data));
        drafts.sort(BY_KEY);
        drafts.addAll(combination.evaluate(data, List.copyOf(drafts), falsePositiveKeys));
        drafts.sort(BY_KEY);
        return List.copyOf(drafts);
    }

    /** Project-wide drafts (skipped rows, metrics with no data), sorted by key. */
    public List<FindingDraft> project(ProjectFacts facts) {
        List<FindingDraft> drafts = new ArrayList<>();
        drafts.addAll(validation.evaluate(facts));
        drafts.addAll(coverage.evaluate(facts));
        drafts.sort(BY_KEY);
        return List.copyOf(drafts);
    }

    private static double confidence(SupplierPeriod data) {
        int present = 0;
        if (!data.saq().isEmpty()) {
            present++;
        }
        if (data.currentAudit() != null) {
            present++;
        }
        if (data.facts().workerValues().values().stream()
                .anyMatch(v -> v.kind() == DataSourceKind.WORKER_SURVEY && v.size() > 0)) {
            present++;
        }
        return present / 3.0;
    }
}
