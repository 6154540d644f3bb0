package org.ddworkbench.report.privacy;

import java.util.List;
import java.util.Map;

/**
 * Releases a mean of bounded contributions as noisy sum / noisy count, clamped to the bounds.
 *
 * <p>The budget is split evenly: ε/2 buys Laplace noise on the sum of (value − midpoint), whose
 * sensitivity k·(upper − lower)/2 is at most that of the raw sum, and ε/2 buys discrete Laplace noise
 * on the number of kept values, whose sensitivity is k. By sequential composition the pair costs ε.
 * The midpoint is added back afterwards, which is post-processing and costs nothing.
 */
public final class BoundedMean {
    private final ContributionBounder bounder;
    private final Laplace laplace;
    private final DiscreteLaplace discreteLaplace;

    public BoundedMean(RandomBits random) {
        this.bounder = new ContributionBounder(random);
        this.laplace = new Laplace(random);
        this.discreteLaplace = new DiscreteLaplace(random);
    }

    /** A mechanism over its own fresh {@link SecureRandomBits}. */
    public static BoundedMean withSecureRandomness() {
        return new BoundedMean(new SecureRandomBits());
    }

    /** Returns the protected mean of the contributions. */
    public NoisyMean noisyMean(List<Contribution> contributions, Bounds bounds, int maxPerContributor,
            ContributionBounder.Selection selection, double epsilon) {
        double half = Epsilons.require(epsilon) / 2;
        Epsilons.require(half);
        if (bounds.lower() == bounds.upper()) {
            return new NoisyMean(bounds.lower(), epsilon, 0, 0); // every clamped value is the same
        }
        Map<String, List<Double>> kept = bounder.bound(contributions, maxPerContributor, selection);
        double midpoint = bounds.midpoint();
        double centredSum = 0;
        long count = 0;
        for (List<Double> values : kept.values()) {
            for (double v : values) {
                centredSum += bounds.clamp(v) - midpoint;
                count++;
            }
        }
        double sumScale = maxPerContributor * (bounds.upper() - bounds.lower()) / 2 / half;
        double noisySum = laplace.addNoise(centredSum, sumScale);
        long noisyCount = discreteLaplace.noisyCount(count, half, maxPerContributor);
        // A noisy count below one would divide by zero or flip the sign; the clamp below keeps the result sane.
        double mean = midpoint + noisySum / Math.max(1, noisyCount);
        return new NoisyMean(bounds.clamp(mean), epsilon, Laplace.standardDeviation(sumScale),
                DiscreteLaplace.standardDeviation(half, maxPerContributor));
    }
}
