package org.ddworkbench.report.privacy;

import java.security.SecureRandom;

/**
 * The production randomness: a fresh, self-seeded {@link SecureRandom} per instance, deliberately
 * offering no way to supply or reset a seed, so released noise cannot be reproduced or predicted.
 */
public final class SecureRandomBits implements RandomBits {
    private final SecureRandom random;

    public SecureRandomBits() {
        this.random = new SecureRandom();
    }

    @Override
    public long nextLong() {
        return random.nextLong();
    }

    /** Names the generator's algorithm, for the method statement of a report. */
    public String algorithm() {
        return random.getAlgorithm();
    }
}
