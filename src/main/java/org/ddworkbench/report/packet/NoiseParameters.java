package org.ddworkbench.report.packet;

/**
 * The noise on a table's values, so a reader knows how far a value may be from the truth.
 *
 * @param mechanism the mechanism in words, such as "discrete Laplace" or, after a merge, "sum of 3
 *     independent discrete Laplace draws"
 * @param epsilon the ε this table spent (for a merged table, the largest of its sources')
 * @param sensitivity how much one contributor can change the table (L1)
 * @param standardDeviation the standard deviation of the noise on one cell
 * @param halfWidth95 a value lies within ± this of the noiseless figure 95% of the time
 */
public record NoiseParameters(String mechanism, double epsilon, double sensitivity, double standardDeviation,
        double halfWidth95) {
}
