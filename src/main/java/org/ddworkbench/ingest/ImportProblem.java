package org.ddworkbench.ingest;

/**
 * One problem found while validating a file, as the user sees it: where, what, and why.
 *
 * @param row one-based row number, 0 when it concerns the whole sheet
 * @param column spreadsheet letters and header, e.g. {@code F "Weekly hours"}; empty when not one column
 * @param value the offending value, or an empty string for worker-level files (never shown or exported)
 */
public record ImportProblem(String file, String sheet, int row, String column, String value, String reason) {
}
