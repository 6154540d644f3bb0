package org.ddworkbench.model;

/**
 * One value a file said about a supplier, with its provenance, for the supplier detail pane. Worker-level
 * values appear only as aggregates (respondents, share or mean), never row by row.
 *
 * @param column spreadsheet letters, e.g. "F"
 * @param value the value as stored (supplier-level) or the aggregate text (worker-level)
 */
public record SupplierEvidence(
        DataSourceKind kind, String fileName, String fileSha256, String sheet, int row, String column,
        String metricId, String value) {
}
