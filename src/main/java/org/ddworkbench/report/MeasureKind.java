package org.ddworkbench.report;

import org.ddworkbench.report.disclosure.ContributorKind;

/** What a report table counts or summarises, with whom it protects and which breakdowns it allows. */
public enum MeasureKind {
    /** The number of suppliers. */
    SUPPLIERS("suppliers", "Suppliers", Shape.SUPPLIER_COUNT, "suppliers"),
    /** The number of suppliers with at least one open, counting finding. */
    FLAGGED_SUPPLIERS("flagged", "Flagged suppliers", Shape.FINDING_SUPPLIERS, "suppliers"),
    /** Flagged suppliers as a percentage of the group's suppliers. */
    FLAGGED_SHARE("flagged-share", "Share of suppliers flagged", Shape.FINDING_SHARE, "percent"),
    /** The number of open findings not reviewed as false positives. */
    OPEN_FINDINGS("findings", "Open findings", Shape.FINDING_RECORDS, "findings"),
    /** The number of corrective actions open or in progress. */
    ACTIONS_OPEN("actions-open", "Open corrective actions", Shape.ACTION_RECORDS, "actions"),
    /** The number of open corrective actions past their due date. */
    ACTIONS_OVERDUE("actions-overdue", "Overdue corrective actions", Shape.ACTION_RECORDS, "actions"),
    /** The number of corrective actions closed or verified. */
    ACTIONS_CLOSED("actions-closed", "Closed corrective actions", Shape.ACTION_RECORDS, "actions"),
    /** Coverage: suppliers with at least one self-assessment answer. */
    WITH_SAQ("with-saq", "Suppliers with a self-assessment", Shape.SUPPLIER_COUNT, "suppliers"),
    /** Coverage: suppliers with at least one audit. */
    AUDITED("audited", "Suppliers audited", Shape.SUPPLIER_COUNT, "suppliers"),
    /** Coverage: suppliers with worker-survey answers. */
    SURVEYED("surveyed", "Suppliers with a worker survey", Shape.SUPPLIER_COUNT, "suppliers"),
    /** The number of distinct workers surveyed. */
    WORKERS("workers", "Workers surveyed", Shape.WORKER_COUNT, "workers"),
    /** Workers whose answers cross a pack threshold of a metric bearing on an indicator. */
    WORKERS_REPORTING("workers-reporting", "Workers reporting an indicator", Shape.WORKER_COUNT, "workers"),
    /** A statistic (mean, median, percentile) of one metric's values. */
    METRIC("metric", "Metric", Shape.METRIC_STATISTIC, null);

    /** How a kind's records are laid out and protected. */
    enum Shape {
        SUPPLIER_COUNT, FINDING_SUPPLIERS, FINDING_SHARE, FINDING_RECORDS, ACTION_RECORDS, WORKER_COUNT,
        METRIC_STATISTIC
    }

    private final String key;
    private final String title;
    private final Shape shape;
    private final String unit;

    MeasureKind(String key, String title, Shape shape, String unit) {
        this.key = key;
        this.title = title;
        this.shape = shape;
        this.unit = unit;
    }

    /** The word users type on the command line and saved definitions store, such as "flagged". */
    public String key() {
        return key;
    }

    /** The measure's name as a table title starts. */
    public String title() {
        return title;
    }

    Shape shape() {
        return shape;
    }

    /** What a value counts, or null when the metric's own unit applies. */
    String unit() {
        return unit;
    }

    /** Whether the measure is built from findings, which alone carry severities. */
    public boolean findingBased() {
        return shape == Shape.FINDING_SUPPLIERS || shape == Shape.FINDING_SHARE || shape == Shape.FINDING_RECORDS;
    }

    /** Whether the measure can be broken down by ILO indicator. */
    public boolean byIndicator() {
        return findingBased() || this == WORKERS_REPORTING;
    }

    /** Whether the measure's records carry a date, so it can be broken down by period. */
    public boolean dated() {
        return shape != Shape.SUPPLIER_COUNT;
    }

    /** Whether values are counts that add up across cells (and so may have totals and be merged). */
    public boolean additive() {
        return shape != Shape.FINDING_SHARE && shape != Shape.METRIC_STATISTIC;
    }

    /** Whether the measure needs a metric and a statistic. */
    public boolean needsMetric() {
        return shape == Shape.METRIC_STATISTIC;
    }

    /** Whom a cell's minimum size counts for this kind; metric statistics depend on the metric's level. */
    ContributorKind contributors() {
        return shape == Shape.WORKER_COUNT ? ContributorKind.WORKERS : ContributorKind.SUPPLIERS;
    }

    /** The kind a user names by its key, or null. */
    static MeasureKind byKey(String key) {
        for (MeasureKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        return null;
    }
}
