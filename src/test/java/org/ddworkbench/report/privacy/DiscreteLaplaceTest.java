package org.ddworkbench.report.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscreteLaplaceTest {
    private static final int DRAWS = 40_000;

    private static double[] draws(DiscreteLaplace mechanism, double epsilon, int sensitivity, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = mechanism.sample(epsilon, sensitivity);
        }
        return out;
    }

    private static double q(double epsilon, int sensitivity) {
        return Math.exp(-epsilon / sensitivity);
    }

    @ParameterizedTest
    @CsvSource({"0.1,1", "0.1,3", "1,1", "1,3", "2,1", "2,3"})
    void noiseHasMeanZeroAndTheTwoSidedGeometricVariance(double epsilon, int sensitivity) {
        Moments m = new Moments(draws(new DiscreteLaplace(new SeededRandomBits(11)), epsilon, sensitivity, DRAWS));
        double q = q(epsilon, sensitivity);
        double expectedVariance = 2 * q / ((1 - q) * (1 - q));

        assertThat(m.meanMatches(0)).as(m.toString()).isTrue();
        assertThat(m.varianceMatches(expectedVariance)).as(m + " expected variance " + expectedVariance).isTrue();
        assertThat(DiscreteLaplace.standardDeviation(epsilon, sensitivity))
                .isCloseTo(Math.sqrt(expectedVariance), offset(1e-9 * Math.sqrt(expectedVariance)));
    }

    @Test
    void varianceCheckWouldCatchANoiseScaleMisreadBySensitivity() {
        // Noise drawn for Δ = 1 but judged against Δ = 3: the check must notice the difference.
        Moments m = new Moments(draws(new DiscreteLaplace(new SeededRandomBits(12)), 1, 1, DRAWS));
        double q = q(1, 3);
        assertThat(m.varianceMatches(2 * q / ((1 - q) * (1 - q)))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"0.1,1", "1,1", "1,3", "2,1"})
    void zeroHasProbabilityOneMinusQOverOnePlusQ(double epsilon, int sensitivity) {
        DiscreteLaplace mechanism = new DiscreteLaplace(new SeededRandomBits(21));
        long zeros = 0;
        for (int i = 0; i < DRAWS; i++) {
            if (mechanism.sample(epsilon, sensitivity) == 0) {
                zeros++;
            }
        }
        double q = q(epsilon, sensitivity);
        double expected = (1 - q) / (1 + q);
        double standardError = Math.sqrt(expected * (1 - expected) / DRAWS);

        assertThat((double) zeros / DRAWS).isBetween(expected - Moments.Z * standardError, expected + Moments.Z * standardError);
    }

    @ParameterizedTest
    @CsvSource({"1,1", "2,3"})
    void neighbouringValuesDifferByTheFactorExpEpsilonOverSensitivity(double epsilon, int sensitivity) {
        DiscreteLaplace mechanism = new DiscreteLaplace(new SeededRandomBits(31));
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = 0; i < 150_000; i++) {
            counts.merge(mechanism.sample(epsilon, sensitivity), 1, Integer::sum);
        }
        for (long z = -2; z <= 2; z++) {
            long inner = z >= 0 ? z : z + 1; // the value nearer zero is the likelier one
            long outer = z >= 0 ? z + 1 : z;
            double nearer = counts.getOrDefault(inner, 0);
            double farther = counts.getOrDefault(outer, 0);
            // ln of a ratio of counts has standard error about sqrt(1/a + 1/b).
            double logRatio = Math.log(nearer / farther);
            double standardError = Math.sqrt(1 / nearer + 1 / farther);

            assertThat(logRatio).as("z=" + z).isBetween(epsilon / sensitivity - Moments.Z * standardError,
                    epsilon / sensitivity + Moments.Z * standardError);
        }
    }

    @Test
    void noisyCountsAreUnbiasedOverManyDraws() {
        DiscreteLaplace mechanism = new DiscreteLaplace(new SeededRandomBits(41));
        double[] counts = new double[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            counts[i] = mechanism.noisyCount(1_000, 0.5, 1);
        }
        Moments m = new Moments(counts);

        assertThat(m.meanMatches(1_000)).as(m.toString()).isTrue();
        assertThat(m.variance).isGreaterThan(1); // noise was actually added
    }

    @ParameterizedTest
    @CsvSource({"0.1,1", "1,1", "1,3", "2,1", "0.5,2"})
    void halfWidthIsTheSmallestIntervalCoveringNinetyFivePercent(double epsilon, int sensitivity) {
        long h = DiscreteLaplace.halfWidth95(epsilon, sensitivity);
        double q = q(epsilon, sensitivity);
        double coverage = 1 - 2 * Math.pow(q, h + 1) / (1 + q);
        double coverageOneLess = 1 - 2 * Math.pow(q, h) / (1 + q);

        assertThat(coverage).isGreaterThanOrEqualTo(0.95);
        if (h > 0) {
            assertThat(coverageOneLess).isLessThan(0.95);
        }
    }

    @Test
    void halfWidthMatchesAnEmpiricalCoverage() {
        DiscreteLaplace mechanism = new DiscreteLaplace(new SeededRandomBits(51));
        long h = DiscreteLaplace.halfWidth95(1, 1);
        int inside = 0;
        for (int i = 0; i < DRAWS; i++) {
            if (Math.abs(mechanism.sample(1, 1)) <= h) {
                inside++;
            }
        }
        assertThat(h).isEqualTo(3); // 1 − 2e^(−4)/(1+e^(−1)) ≈ 0.973 while h = 2 gives ≈ 0.927
        assertThat((double) inside / DRAWS).isBetween(0.965, 0.981);
    }

    @Test
    void tinyEpsilonStillGivesFiniteDraws() {
        DiscreteLaplace mechanism = new DiscreteLaplace(new SeededRandomBits(61));
        for (int i = 0; i < 1_000; i++) {
            assertThat(Math.abs(mechanism.sample(Epsilons.MIN_EPSILON, 1000))).isLessThan(Long.MAX_VALUE / 4);
        }
    }

    @Test
    void invalidParametersAreRejected() {
        DiscreteLaplace mechanism = new DiscreteLaplace(new SeededRandomBits(1));
        assertThatThrownBy(() -> mechanism.sample(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mechanism.sample(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mechanism.sample(Double.POSITIVE_INFINITY, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mechanism.sample(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
