package org.ddworkbench.check.rules;

import java.util.List;
import java.util.Set;
import org.ddworkbench.model.EvidenceCell;

/**
 * What project-wide rules read: rows imports skipped (one cell per skipped row, column -1, no value) and
 * the metrics that have at least one stored value anywhere.
 *
 * @param skippedRows grouped by import, in import order
 */
public record ProjectFacts(List<List<EvidenceCell>> skippedRows, Set<String> metricsWithData) {

    public ProjectFacts {
        skippedRows = skippedRows.stream().map(List::copyOf).toList();
        metricsWithData = Set.copyOf(metricsWithData);
    }
}
