package org.ddworkbench.report;

import java.util.Arrays;

/** A summary of a metric's values within one cell; never a minimum or maximum, which would be one row's value. */
public enum Statistic {
    MEAN("mean", "Mean", -1),
    MEDIAN("median", "Median", 0.5),
    P25("p25", "25th percentile", 0.25),
    P75("p75", "75th percentile", 0.75),
    P90("p90", "90th percentile", 0.9);

    private final String key;
    private final String title;
    private final double quantile;

    Statistic(String key, String title, double quantile) {
        this.key = key;
        this.title = title;
        this.quantile = quantile;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    /**
     * The statistic of {@code values} (at least one); percentiles interpolate linearly between the two nearest
     * ranks, so a published percentile is generally not any single answer.
     */
    public double of(double[] values, int count) {
        if (this == MEAN) {
            double sum = 0;
            for (int i = 0; i < count; i++) {
                sum += values[i];
            }
            return sum / count;
        }
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        double position = quantile * (count - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(count - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    /** The statistic a user names by its key ("median", "p90", ...), or null. */
    static Statistic byKey(String key) {
        for (Statistic statistic : values()) {
            if (statistic.key.equals(key)) {
                return statistic;
            }
        }
        return null;
    }
}
