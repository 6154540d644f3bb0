package org.ddworkbench.ingest;

import java.util.List;
import java.util.Map;

/**
 * What de-identification did to a worker-level file: column names and counts, never values.
 *
 * @param droppedColumns headers of direct-identifier columns that were not stored
 * @param pseudonymisedColumns headers stored only as keyed hashes
 * @param bandedColumns headers stored as bands (age)
 * @param scrubbed header → number of e-mails, phone numbers and ID numbers removed from its free text
 */
public record DeidentificationSummary(
        List<String> droppedColumns, List<String> pseudonymisedColumns, List<String> bandedColumns,
        Map<String, Integer> scrubbed) {

    public static final DeidentificationSummary NONE = new DeidentificationSummary(List.of(), List.of(), List.of(), Map.of());

    public DeidentificationSummary {
        droppedColumns = List.copyOf(droppedColumns);
        pseudonymisedColumns = List.copyOf(pseudonymisedColumns);
        bandedColumns = List.copyOf(bandedColumns);
        scrubbed = Map.copyOf(scrubbed);
    }
}
