package org.ddworkbench.report.federation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ddworkbench.report.packet.NoiseParameters;

/**
 * States the noise on a sum of values that each organisation made noisy on its own.
 *
 * <p>The draws are independent, so their variances add: the combined standard deviation is the square root of
 * the sum of the inputs' variances. The 95% half-width is 1.96 times that, a normal approximation: a sum of
 * several Laplace-like draws is close to normal, while a single input's exact half-width is kept when only one
 * input is noisy. Epsilon is the largest of the inputs': each organisation spent its own budget on its own data,
 * and the data sets are disjoint (the merge refuses overlapping sources), so by parallel composition the combined
 * release is as private as its least private part. The sensitivity is the largest of the inputs' for the same
 * reason: one contributor belongs to one organisation's data only.
 */
final class NoiseCombination {
    /** The normal distribution's two-sided 95% quantile. */
    static final double Z95 = 1.96;

    private static final Pattern SUM = Pattern.compile("sum of (\\d+) independent (.+) draws");

    private NoiseCombination() {
    }

    /** The noise on the sum of values carrying {@code noises}; null when none of them is noisy. */
    static NoiseParameters combine(List<NoiseParameters> noises) {
        if (noises.isEmpty()) {
            return null;
        }
        if (noises.size() == 1) {
            return noises.get(0);
        }
        double variance = 0;
        double epsilon = 0;
        double sensitivity = 0;
        Map<String, Integer> draws = new LinkedHashMap<>();
        for (NoiseParameters noise : noises) {
            variance += noise.standardDeviation() * noise.standardDeviation();
            epsilon = Math.max(epsilon, noise.epsilon());
            sensitivity = Math.max(sensitivity, noise.sensitivity());
            countDraws(noise.mechanism(), draws);
        }
        double standardDeviation = Math.sqrt(variance);
        return new NoiseParameters(mechanism(draws), epsilon, sensitivity, standardDeviation,
                Z95 * standardDeviation);
    }

    /** Counts the draws behind a mechanism, so a merged packet merged again still names its single draws. */
    private static void countDraws(String mechanism, Map<String, Integer> draws) {
        String named = mechanism == null || mechanism.isBlank() ? "noise" : mechanism.strip();
        Matcher sum = SUM.matcher(named);
        if (sum.matches()) {
            draws.merge(sum.group(2), Integer.parseInt(sum.group(1)), Integer::sum);
        } else {
            draws.merge(named, 1, Integer::sum);
        }
    }

    private static String mechanism(Map<String, Integer> draws) {
        int total = draws.values().stream().mapToInt(Integer::intValue).sum();
        if (draws.size() == 1) {
            return "sum of " + total + " independent " + draws.keySet().iterator().next() + " draws";
        }
        List<String> parts = new ArrayList<>();
        draws.forEach((mechanism, count) -> parts.add(count + " " + mechanism));
        return "sum of " + total + " independent draws (" + String.join(", ", parts) + ")";
    }
}
