package org.ddworkbench.model;

import java.util.List;

/**
 * A measurable fact the pack defines: its type, unit, valid range or allowed values, which documents
 * collect it, which ILO indicators it bears on, and its red-flag thresholds.
 *
 * @param min inclusive lower bound for numeric types, or null
 * @param max inclusive upper bound for numeric types, or null
 * @param allowedValues the choices for {@link MetricType#CHOICE}, otherwise empty
 * @param collectedBy the documents that carry this metric
 * @param synonyms header texts that suggest this metric when mapping a foreign layout
 * @param required whether a questionnaire of this kind must answer it (coverage checks)
 */
public record Metric(
        String id,
        String label,
        String description,
        MetricType type,
        String unit,
        Double min,
        Double max,
        List<String> allowedValues,
        MetricLevel level,
        List<DataSourceKind> collectedBy,
        List<String> indicators,
        List<String> synonyms,
        boolean required,
        List<Threshold> thresholds) {

    public Metric {
        allowedValues = List.copyOf(allowedValues);
        collectedBy = List.copyOf(collectedBy);
        indicators = List.copyOf(indicators);
        synonyms = List.copyOf(synonyms);
        thresholds = List.copyOf(thresholds);
    }
}
