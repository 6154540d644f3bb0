package org.ddworkbench.model;

import java.util.List;
import java.util.Optional;

/**
 * A shared, versioned set of metric definitions that several organisations agree on: the metrics, how
 * they map to the ILO indicators, red-flag thresholds, cross-check rules and disclosure defaults.
 */
public record MetricPack(
        String format,
        String id,
        String version,
        String title,
        String description,
        String publisher,
        List<Source> sources,
        List<Dimension> dimensions,
        List<Indicator> indicators,
        List<Metric> metrics,
        List<FindingScale> findingScales,
        List<CrossCheck> crossChecks,
        CombinationRule combinationRule,
        CheckPolicy checkPolicy,
        AuditPolicy auditPolicy,
        RiskModel riskModel,
        DisclosureDefaults disclosure) {

    /** The only format this build reads. */
    public static final String FORMAT = "ddw-metric-pack/1";

    public MetricPack {
        sources = List.copyOf(sources);
        dimensions = List.copyOf(dimensions);
        indicators = List.copyOf(indicators);
        metrics = List.copyOf(metrics);
        findingScales = List.copyOf(findingScales);
        crossChecks = List.copyOf(crossChecks);
    }

    public Optional<Metric> metric(String metricId) {
        return metrics.stream().filter(m -> m.id().equals(metricId)).findFirst();
    }

    public Optional<Indicator> indicator(String indicatorId) {
        return indicators.stream().filter(i -> i.id().equals(indicatorId)).findFirst();
    }
}
