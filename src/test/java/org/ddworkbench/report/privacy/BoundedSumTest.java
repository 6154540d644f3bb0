package org.ddworkbench.report.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ddworkbench.report.privacy.ContributionBounder.Selection;
import org.junit.jupiter.api.Test;

class BoundedSumTest {
    private static final Bounds FEE_MONTHS = new Bounds(0, 12);

    private static List<Contribution> suppliers(int n) {
        List<Contribution> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Contribution("S" + i, (i * 7) % 13));
        }
        return out;
    }

    private static double clampedSum(List<Contribution> data, Bounds bounds, int k) {
        Map<String, List<Double>> kept = new ContributionBounder(new SeededRandomBits(1)).bound(data, k, Selection.FIRST);
        return BoundedSum.clampedSum(kept, bounds);
    }

    private static double rawSum(List<Contribution> data) {
        return data.stream().mapToDouble(Contribution::value).sum();
    }

    @Test
    void oneExtremeValueMovesTheClampedSumByAtMostTheWidthOfTheBounds() {
        List<Contribution> data = suppliers(50);
        for (double extreme : new double[] {1e12, -1e12, Double.MAX_VALUE, -Double.MAX_VALUE}) {
            List<Contribution> changed = new ArrayList<>(data);
            changed.set(17, new Contribution("S17", extreme));

            double moved = Math.abs(clampedSum(changed, FEE_MONTHS, 1) - clampedSum(data, FEE_MONTHS, 1));

            assertThat(moved).isLessThanOrEqualTo(FEE_MONTHS.upper() - FEE_MONTHS.lower());
            assertThat(Math.abs(rawSum(changed) - rawSum(data))).isGreaterThan(12); // what clamping prevents
        }
    }

    @Test
    void oneAddedContributorMovesTheSumByAtMostTheSensitivity() {
        Bounds bounds = new Bounds(-10, 4);
        List<Contribution> data = suppliers(30);
        List<Contribution> withIntruder = new ArrayList<>(data);
        for (int i = 0; i < 25; i++) {
            withIntruder.add(new Contribution("intruder", -1e9));
        }
        int k = 3;

        double moved = Math.abs(clampedSum(withIntruder, bounds, k) - clampedSum(data, bounds, k));

        assertThat(BoundedSum.sensitivity(bounds, k)).isEqualTo(30.0);
        assertThat(moved).isEqualTo(30.0); // the bound is reached, not exceeded
    }

    @Test
    void noisySumsAreUnbiasedWithTheStatedNoiseScale() {
        BoundedSum mechanism = new BoundedSum(new SeededRandomBits(5));
        List<Contribution> data = suppliers(40);
        double truth = clampedSum(data, FEE_MONTHS, 2);
        int releases = 20_000;
        double[] values = new double[releases];
        NoisyValue last = null;
        for (int i = 0; i < releases; i++) {
            last = mechanism.noisySum(data, FEE_MONTHS, 2, Selection.FIRST, 0.8);
            values[i] = last.value();
        }
        Moments m = new Moments(values);
        double scale = 2 * 12 / 0.8;

        assertThat(m.meanMatches(truth)).as(m.toString()).isTrue();
        assertThat(m.varianceMatches(2 * scale * scale)).as(m.toString()).isTrue();
        assertThat(last.standardDeviation()).isCloseTo(Math.sqrt(2) * scale, offset(1e-9));
        assertThat(last.halfWidth95()).isCloseTo(scale * Math.log(20), offset(1e-9));
        assertThat(last.epsilon()).isEqualTo(0.8);
    }

    @Test
    void noisyMeanSplitsEpsilonAndStaysWithinTheBounds() {
        BoundedMean mechanism = new BoundedMean(new SeededRandomBits(6));
        List<Contribution> few = suppliers(3);
        for (int i = 0; i < 2_000; i++) {
            NoisyMean mean = mechanism.noisyMean(few, FEE_MONTHS, 1, Selection.FIRST, 0.01);
            assertThat(mean.value()).isBetween(0.0, 12.0);
        }
        NoisyMean mean = mechanism.noisyMean(few, FEE_MONTHS, 2, Selection.FIRST, 1.0);
        assertThat(mean.epsilon()).isEqualTo(1.0);
        assertThat(mean.countStandardDeviation()).isEqualTo(DiscreteLaplace.standardDeviation(0.5, 2));
        assertThat(mean.sumStandardDeviation()).isCloseTo(Laplace.standardDeviation(2 * 6 / 0.5), offset(1e-9));
    }

    @Test
    void noisyMeanOfManyContributorsIsCloseToTheClampedMean() {
        BoundedMean mechanism = new BoundedMean(new SeededRandomBits(7));
        List<Contribution> data = suppliers(2_000);
        double truth = clampedSum(data, FEE_MONTHS, 1) / 2_000;
        double[] values = new double[300];
        for (int i = 0; i < values.length; i++) {
            values[i] = mechanism.noisyMean(data, FEE_MONTHS, 1, Selection.FIRST, 1.0).value();
        }
        Moments m = new Moments(values);

        // The ratio estimator is biased only to second order in count noise (about 1e-6 here).
        assertThat(m.meanMatches(truth)).as(m + " truth " + truth).isTrue();
        assertThat(m.variance).isGreaterThan(0);
    }
}
