package org.ddworkbench.report.packet;

/**
 * The disclosure-control thresholds a packet's cells were protected with.
 *
 * @param minCellSize the fewest contributors a published cell comes from
 * @param dominanceShare the largest share one supplier may hold of a published cell, from 0 to 1
 */
public record DisclosureParameters(int minCellSize, double dominanceShare) {
}
