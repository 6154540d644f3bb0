package org.ddworkbench.model;

/**
 * The pack's disclosure-control defaults for aggregate reports.
 *
 * @param minCellSize default minimum number of contributors per published cell
 * @param minCellSizeFloor the value below which a user may never lower the minimum
 * @param dominanceShare a cell where one contributor holds more than this share (0 to 1) is suppressed
 * @param epsilonBudget the total differential-privacy budget of a project using this pack
 * @param defaultEpsilon the epsilon a report spends unless the user chooses another
 */
public record DisclosureDefaults(
        int minCellSize, int minCellSizeFloor, double dominanceShare, double epsilonBudget, double defaultEpsilon) {
}
