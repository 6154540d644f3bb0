package org.ddworkbench.report.privacy;

/** A source of uniform random bits from which the noise mechanisms draw all their randomness. */
public interface RandomBits {

    /** Returns 64 uniformly random bits. */
    long nextLong();

    /**
     * Returns a uniform double in (0, 1] on a grid of 2^-53; zero is excluded so that ln(u) is always
     * finite, and 1 is included so the grid stays symmetric with [0, 1).
     */
    default double nextUniformOpenAtZero() {
        return ((nextLong() >>> 11) + 1) * 0x1.0p-53;
    }

    /** Returns one fair random bit. */
    default boolean nextBit() {
        return nextLong() < 0;
    }

    /** Returns a uniform integer in [0, bound), by rejection so that no value is favoured. */
    default int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long limit = Long.MAX_VALUE - Long.MAX_VALUE % bound;
        long draw;
        do {
            draw = nextLong() >>> 1;
        } while (draw >= limit);
        return (int) (draw % bound);
    }
}
