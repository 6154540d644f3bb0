package org.ddworkbench.ingest;

/**
 * A typed value read from one cell ({@code Double}, {@code Boolean}, {@code LocalDate} or {@code String}) with
 * where it came from; {@code metricId} is a pack metric or {@code _comment} / {@code _free_text}.
 */
record SourcedValue(String metricId, Object value, String sheet, int row, int column) {
}
