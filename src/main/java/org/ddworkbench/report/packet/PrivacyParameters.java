package org.ddworkbench.report.packet;

/**
 * The differential privacy of a release: the ε it spent in total (split evenly over its tables) and the
 * per-contributor bound used.
 *
 * @param epsilon the ε spent by the release, the sum of its tables' ε
 * @param maxCellsPerContributor the most cells of one table a single supplier or worker may add to; further
 *     contributions are dropped before noise is added
 * @param method the mechanisms in plain words, for the Method sheet and the PDF
 */
public record PrivacyParameters(double epsilon, int maxCellsPerContributor, String method) {
}
