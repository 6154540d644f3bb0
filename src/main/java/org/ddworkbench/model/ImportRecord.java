package org.ddworkbench.model;

import java.time.Instant;

/** A past import as the Imports screen lists it: what came in, from which file, and how much. */
public record ImportRecord(
        long id,
        String fileName,
        String fileSha256,
        DataSourceKind kind,
        String mappingName,
        Instant importedAt,
        int rowsImported,
        int rowsSkipped,
        long valuesStored,
        String packFingerprint) {
}
