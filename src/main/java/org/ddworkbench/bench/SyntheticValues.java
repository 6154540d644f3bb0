package org.ddworkbench.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.ddworkbench.model.Comparison;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricType;
import org.ddworkbench.model.Threshold;

/**
 * Plausible values for any metric of a pack, read off its thresholds rather than hard-coded: a "clean" value
 * stays on the safe side of every threshold, a "problem" value lands beyond one, so the same generator works
 * for whatever pack the project carries.
 */
final class SyntheticValues {
    private final LocalDate asOf;

    SyntheticValues(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** A value on the safe side of the metric's thresholds: Boolean, Double, String (choice) or LocalDate. */
    Object clean(Metric metric, SplittableRandom random) {
        return switch (metric.type()) {
            case BOOLEAN -> {
                Boolean flagged = flaggedBoolean(metric);
                yield flagged == null ? Boolean.TRUE : !flagged;
            }
            case NUMBER, INTEGER, PERCENT -> round(metric, cleanNumber(metric, random));
            case CHOICE -> metric.allowedValues().isEmpty() ? null
                    : metric.allowedValues().get(random.nextInt(metric.allowedValues().size()));
            case DATE -> asOf.minusDays(30 + random.nextInt(300));
            case TEXT -> null;
        };
    }

    /** A value beyond the metric's (first) threshold, or a clean one when the metric has none. */
    Object problem(Metric metric, SplittableRandom random) {
        if (metric.thresholds().isEmpty()) {
            return clean(metric, random);
        }
        Threshold threshold = metric.thresholds().get(0);
        if (metric.type() == MetricType.BOOLEAN) {
            Boolean flagged = flaggedBoolean(metric);
            return flagged == null ? Boolean.FALSE : flagged;
        }
        if (!(threshold.value() instanceof Number bound) || !numeric(metric)) {
            return clean(metric, random);
        }
        double b = bound.doubleValue();
        double value = switch (threshold.operator()) {
            case GT, GE -> b == 0 ? 0.5 + 2.5 * random.nextDouble() : b * (1.05 + 0.25 * random.nextDouble());
            case LT, LE -> b * (0.6 + 0.3 * random.nextDouble());
            case EQ, NE -> b;
        };
        return round(metric, clamp(metric, value));
    }

    static boolean numeric(Metric metric) {
        return metric.type() == MetricType.NUMBER || metric.type() == MetricType.INTEGER
                || metric.type() == MetricType.PERCENT;
    }

    /** The value an {@code eq} threshold flags on a boolean metric (an {@code ne} one flags the other), or null. */
    private static Boolean flaggedBoolean(Metric metric) {
        for (Threshold threshold : metric.thresholds()) {
            if (threshold.value() instanceof Boolean b) {
                return threshold.operator() == Comparison.NE ? !b : b;
            }
        }
        return null;
    }

    private double cleanNumber(Metric metric, SplittableRandom random) {
        double upper = Double.MAX_VALUE;
        double lower = -Double.MAX_VALUE;
        for (Threshold threshold : metric.thresholds()) {
            if (threshold.value() instanceof Number n) {
                switch (threshold.operator()) {
                    case GT -> upper = Math.min(upper, n.doubleValue());
                    case GE -> upper = Math.min(upper, n.doubleValue() - 1);
                    case LT -> lower = Math.max(lower, n.doubleValue());
                    case LE -> lower = Math.max(lower, n.doubleValue() + 1);
                    default -> { }
                }
            }
        }
        if (upper != Double.MAX_VALUE) {
            // Mostly well inside the bound, sometimes close to it, as real answers are.
            return upper <= 0 ? 0 : clamp(metric, upper * (0.55 + 0.45 * random.nextDouble()));
        }
        if (lower != -Double.MAX_VALUE) {
            return clamp(metric, lower * (1.1 + 0.8 * random.nextDouble()));
        }
        double min = metric.min() != null ? metric.min() : 0;
        double max = metric.max() != null ? metric.max() : metric.type() == MetricType.PERCENT ? 100 : min + 100;
        return min + (max - min) * random.nextDouble() * 0.5;
    }

    private static double clamp(Metric metric, double value) {
        double v = value;
        if (metric.min() != null) {
            v = Math.max(metric.min(), v);
        }
        if (metric.max() != null) {
            v = Math.min(metric.max(), v);
        }
        return v;
    }

    private static Double round(Metric metric, double value) {
        return metric.type() == MetricType.INTEGER ? (double) Math.round(value) : Math.round(value * 10) / 10.0;
    }
}
