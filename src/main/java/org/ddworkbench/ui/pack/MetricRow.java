package org.ddworkbench.ui.pack;

import org.ddworkbench.model.Metric;

/** One line of the metrics table, with its cells already rendered as text. */
public record MetricRow(
        Metric metric, String type, String unit, String range, String collectedBy, String indicators,
        String thresholds) {

    static MetricRow of(Metric metric) {
        return new MetricRow(
                metric,
                PackText.word(metric.type()),
                metric.unit() == null ? "" : metric.unit(),
                PackText.range(metric),
                PackText.sources(metric.collectedBy()),
                String.join(", ", metric.indicators()),
                PackText.thresholds(metric.thresholds()));
    }

    public String id() {
        return metric.id();
    }

    public String label() {
        return metric.label();
    }
}
