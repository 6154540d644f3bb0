package org.ddworkbench.model;

/** One side of a cross-check: a metric as reported by one kind of document, reduced by an aggregate. */
public record Operand(String metric, DataSourceKind source, Aggregate aggregate) {
}
