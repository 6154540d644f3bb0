package org.ddworkbench.report;

import org.ddworkbench.report.privacy.BoundedMean;
import org.ddworkbench.report.privacy.DiscreteLaplace;
import org.ddworkbench.report.privacy.RandomBits;

/**
 * The noise one release adds: each table spends an equal part of the release's ε, and each supplier or worker
 * adds to at most {@code maxCells} cells of a table, which with the per-cell cap bounds the table's sensitivity.
 *
 * @param epsilonPerTable the ε each table spends
 * @param maxCells the most cells of one table a single contributor may add to
 * @param counts the mechanism for counts
 * @param means the mechanism for means
 */
record TableNoise(double epsilonPerTable, int maxCells, DiscreteLaplace counts, BoundedMean means) {

    /** Noise over one source of randomness. */
    static TableNoise of(double epsilonPerTable, int maxCells, RandomBits random) {
        return new TableNoise(epsilonPerTable, maxCells, new DiscreteLaplace(random), new BoundedMean(random));
    }
}
