package org.ddworkbench.report.privacy;

import java.util.SplittableRandom;

/** Reproducible randomness for tests only; production code must use {@link SecureRandomBits}. */
public final class SeededRandomBits implements RandomBits {
    private final SplittableRandom random;

    public SeededRandomBits(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public long nextLong() {
        return random.nextLong();
    }
}
