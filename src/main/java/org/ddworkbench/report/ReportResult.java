package org.ddworkbench.report;

import java.util.List;

/**
 * A report's protected tables with the pack and thresholds they were protected under.
 *
 * @param definition what was asked for
 * @param packId the metric pack's id
 * @param packVersion the metric pack's version
 * @param packFingerprint the metric pack's SHA-256 fingerprint
 * @param minCellSize the minimum number of suppliers per published cell
 * @param dominanceShare the largest share one supplier may hold of a published cell
 * @param tables a table per measure, in the definition's order
 */
public record ReportResult(ReportDefinition definition, String packId, String packVersion, String packFingerprint,
        int minCellSize, double dominanceShare, List<ReportTable> tables) {

    public ReportResult {
        tables = List.copyOf(tables);
    }
}
