package org.ddworkbench.model;

/** The value type of a metric; decides how values are parsed, validated and aggregated. */
public enum MetricType {
    /** Any real number within the metric's range. */
    NUMBER,
    /** A whole number within the metric's range. */
    INTEGER,
    /** A share from 0 to 100 (per cent). */
    PERCENT,
    /** Yes or no. */
    BOOLEAN,
    /** A calendar date. */
    DATE,
    /** One of the metric's allowed values. */
    CHOICE,
    /** Free text (scrubbed of identifiers when it comes from worker-level data). */
    TEXT
}
