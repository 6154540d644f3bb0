package org.ddworkbench.report.disclosure;

/**
 * The statistics of one table cell or margin: its value, how many distinct contributors it comes from and
 * the largest single contributor's share of the value.
 *
 * @param value a non-negative count or magnitude
 * @param contributors the number of distinct suppliers or workers behind the value
 * @param largestShare the largest single contributor's share of the value, from 0 to 1
 */
public record CellStats(double value, int contributors, double largestShare) {

    /** A structural zero: nobody contributes, so there is nothing confidential to protect. */
    public static final CellStats EMPTY = new CellStats(0, 0, 0);

    public CellStats {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("A cell value must be a finite number of zero or more, not " + value);
        }
        if (contributors < 0) {
            throw new IllegalArgumentException("A cell cannot have a negative number of contributors: " + contributors);
        }
        if (!(largestShare >= 0 && largestShare <= 1)) {
            throw new IllegalArgumentException("A contributor's share must lie between 0 and 1, not " + largestShare);
        }
    }

    /** A count of suppliers (or workers): each contributes one, so the largest share is one in {@code count}. */
    public static CellStats ofCount(int count) {
        return count == 0 ? EMPTY : new CellStats(count, count, 1.0 / count);
    }

    /** Whether this is a structural zero (no contributors and value zero), which is always published. */
    public boolean isStructuralZero() {
        return contributors == 0 && value == 0;
    }
}
