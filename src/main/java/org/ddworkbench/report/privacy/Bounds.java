package org.ddworkbench.report.privacy;

/**
 * The range every contribution is clamped to, normally the metric's min and max from the pack.
 *
 * @param lower inclusive lower bound
 * @param upper inclusive upper bound, not below lower
 */
public record Bounds(double lower, double upper) {
    public Bounds {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
            throw new IllegalArgumentException("bounds must be finite with lower <= upper: " + lower + ", " + upper);
        }
    }

    /** Returns the value moved into [lower, upper]. */
    public double clamp(double value) {
        return Math.max(lower, Math.min(upper, value));
    }

    /** The largest magnitude a clamped value can have, which one value adds to a sum at most. */
    public double maxMagnitude() {
        return Math.max(Math.abs(lower), Math.abs(upper));
    }

    /** The centre of the range. */
    public double midpoint() {
        return lower + (upper - lower) / 2;
    }
}
