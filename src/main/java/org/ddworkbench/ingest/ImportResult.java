package org.ddworkbench.ingest;

/** What an import stored. */
public record ImportResult(
        long importId, int rowsImported, int rowsSkipped, long valuesStored, int suppliersCreated,
        int suppliersMatched, DeidentificationSummary deidentification) {
}
