package org.ddworkbench.report.privacy;

import java.util.List;
import java.util.Map;

/**
 * Releases a sum of bounded contributions: each value is clamped to the bounds, each contributor keeps at
 * most k values, and Laplace noise of scale Δ/ε is added with Δ = k·max(|lower|, |upper|).
 */
public final class BoundedSum {
    private final ContributionBounder bounder;
    private final Laplace laplace;

    public BoundedSum(RandomBits random) {
        this.bounder = new ContributionBounder(random);
        this.laplace = new Laplace(random);
    }

    /** A mechanism over its own fresh {@link SecureRandomBits}. */
    public static BoundedSum withSecureRandomness() {
        return new BoundedSum(new SecureRandomBits());
    }

    /** Returns the protected sum of the contributions. */
    public NoisyValue noisySum(List<Contribution> contributions, Bounds bounds, int maxPerContributor,
            ContributionBounder.Selection selection, double epsilon) {
        Epsilons.require(epsilon);
        double sum = clampedSum(bounder.bound(contributions, maxPerContributor, selection), bounds);
        double sensitivity = sensitivity(bounds, maxPerContributor);
        if (sensitivity == 0) {
            return new NoisyValue(0, epsilon, 0, 0); // bounds [0, 0]: every sum is zero, nothing to hide
        }
        double scale = sensitivity / epsilon;
        return new NoisyValue(laplace.addNoise(sum, scale), epsilon,
                Laplace.standardDeviation(scale), Laplace.halfWidth95(scale));
    }

    /** The sum after clamping every kept value, before noise; never to be released as is. */
    public static double clampedSum(Map<String, List<Double>> bounded, Bounds bounds) {
        double sum = 0;
        for (List<Double> values : bounded.values()) {
            for (double v : values) {
                sum += bounds.clamp(v);
            }
        }
        return sum;
    }

    /** How far adding or removing one contributor can move the clamped sum: k·max(|lower|, |upper|). */
    public static double sensitivity(Bounds bounds, int maxPerContributor) {
        return maxPerContributor * bounds.maxMagnitude();
    }
}
