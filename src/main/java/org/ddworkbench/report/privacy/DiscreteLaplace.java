package org.ddworkbench.report.privacy;

/**
 * Adds two-sided geometric noise to counts: P(Z = z) is proportional to exp(-ε|z|/Δ) over the
 * integers, which gives ε-differential privacy for a count whose sensitivity is Δ.
 */
public final class DiscreteLaplace {
    private final RandomBits random;

    public DiscreteLaplace(RandomBits random) {
        this.random = random;
    }

    /** A mechanism over its own fresh {@link SecureRandomBits}. */
    public static DiscreteLaplace withSecureRandomness() {
        return new DiscreteLaplace(new SecureRandomBits());
    }

    /**
     * Returns the count plus noise; the result may be negative, and callers who show only non-negative
     * counts may clamp afterwards (that costs no privacy but makes small counts biased upwards).
     */
    public long noisyCount(long trueCount, double epsilon, int sensitivity) {
        return Math.addExact(trueCount, sample(epsilon, sensitivity));
    }

    /**
     * Draws Z as the difference of two independent geometric variables with success probability
     * p = 1 − exp(−ε/Δ); their difference has exactly the two-sided geometric law.
     */
    public long sample(double epsilon, int sensitivity) {
        double rate = Epsilons.require(epsilon) / Epsilons.requireSensitivity(sensitivity);
        return geometric(rate) - geometric(rate);
    }

    /** The noise's standard deviation sqrt(2q)/(1−q) with q = exp(−ε/Δ). */
    public static double standardDeviation(double epsilon, int sensitivity) {
        double rate = Epsilons.require(epsilon) / Epsilons.requireSensitivity(sensitivity);
        double q = Math.exp(-rate);
        return Math.sqrt(2 * q) / -Math.expm1(-rate);
    }

    /**
     * The smallest h with P(|Z| ≤ h) ≥ 0.95, so "count ± h" covers the true count 95% of the time;
     * from P(|Z| > h) = 2q^(h+1)/(1+q).
     */
    public static long halfWidth95(double epsilon, int sensitivity) {
        double rate = Epsilons.require(epsilon) / Epsilons.requireSensitivity(sensitivity);
        double q = Math.exp(-rate);
        double needed = Math.log(0.025 * (1 + q)) / -rate; // the exponent h + 1 must reach this
        long h = Math.max(0, (long) Math.ceil(needed) - 1);
        // The logarithms can land a hair off an integer; step to the exact smallest h.
        while (h > 0 && tail(q, rate, h - 1) <= 0.05) {
            h--;
        }
        while (tail(q, rate, h) > 0.05) {
            h++;
        }
        return h;
    }

    private static double tail(double q, double rate, long h) {
        return 2 * Math.exp(-rate * (h + 1)) / (1 + q);
    }

    /**
     * Counts failures before the first success by inversion, floor(ln U / ln q) with ln q = −rate
     * taken exactly; U lies in (0, 1], so ln U is finite and the largest draw is about 36.7/rate.
     */
    private long geometric(double rate) {
        double u = random.nextUniformOpenAtZero();
        return (long) Math.floor(-Math.log(u) / rate);
    }
}
