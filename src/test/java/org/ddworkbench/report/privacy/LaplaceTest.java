package org.ddworkbench.report.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LaplaceTest {
    private static final int DRAWS = 40_000;

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 3, 250})
    void noiseHasMeanZeroAndVarianceTwoBSquared(double scale) {
        Laplace laplace = new Laplace(new SeededRandomBits(7));
        double[] draws = new double[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            draws[i] = laplace.sample(scale);
        }
        Moments m = new Moments(draws);

        assertThat(m.meanMatches(0)).as(m.toString()).isTrue();
        assertThat(m.varianceMatches(2 * scale * scale)).as(m.toString()).isTrue();
    }

    @Test
    void varianceCheckWouldCatchADoubledScale() {
        Laplace laplace = new Laplace(new SeededRandomBits(8));
        double[] draws = new double[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            draws[i] = laplace.sample(2);
        }
        assertThat(new Moments(draws).varianceMatches(2 * 1 * 1)).isFalse();
    }

    @Test
    void halfTheDrawsArePositiveAndTheTailsFollowTheExponentialLaw() {
        Laplace laplace = new Laplace(new SeededRandomBits(9));
        int positive = 0;
        int beyondHalfWidth = 0;
        double halfWidth = Laplace.halfWidth95(4);
        for (int i = 0; i < DRAWS; i++) {
            double x = laplace.sample(4);
            positive += x > 0 ? 1 : 0;
            beyondHalfWidth += Math.abs(x) > halfWidth ? 1 : 0;
        }
        double halfSe = Math.sqrt(0.25 / DRAWS);
        double tailSe = Math.sqrt(0.05 * 0.95 / DRAWS);

        assertThat((double) positive / DRAWS).isBetween(0.5 - Moments.Z * halfSe, 0.5 + Moments.Z * halfSe);
        assertThat((double) beyondHalfWidth / DRAWS).isBetween(0.05 - Moments.Z * tailSe, 0.05 + Moments.Z * tailSe);
    }

    @Test
    void releasedValuesLieOnAPowerOfTwoGridNoFinerThanTheScaleTimesTwoToTheMinusTwenty() {
        Laplace laplace = new Laplace(new SeededRandomBits(10));
        double scale = 3;
        double spacing = Laplace.gridSpacing(scale);

        assertThat(spacing).isGreaterThanOrEqualTo(scale * 0x1.0p-20).isLessThan(2 * scale * 0x1.0p-20);
        assertThat(spacing).isEqualTo(Math.scalb(1.0, Math.getExponent(spacing)));
        for (int i = 0; i < 1_000; i++) {
            double released = laplace.addNoise(1234.5678, scale);
            assertThat(released / spacing).isEqualTo(Math.rint(released / spacing));
        }
    }

    @Test
    void invalidScalesAreRejected() {
        Laplace laplace = new Laplace(new SeededRandomBits(1));
        assertThatThrownBy(() -> laplace.sample(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> laplace.sample(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> laplace.sample(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
