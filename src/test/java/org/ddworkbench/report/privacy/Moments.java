package org.ddworkbench.report.privacy;

/** Sample mean and variance with their standard errors, so statistical tests derive tolerances from the data. */
final class Moments {
    /** Tolerance in standard errors: a correct mechanism fails a check about once in 1.7 million runs. */
    static final double Z = 5;

    final long n;
    final double mean;
    final double variance;
    private final double fourthCentral;

    Moments(double[] draws) {
        n = draws.length;
        double sum = 0;
        for (double d : draws) {
            sum += d;
        }
        mean = sum / n;
        double m2 = 0;
        double m4 = 0;
        for (double d : draws) {
            double c = (d - mean) * (d - mean);
            m2 += c;
            m4 += c * c;
        }
        variance = m2 / (n - 1);
        fourthCentral = m4 / n;
    }

    double meanStandardError() {
        return Math.sqrt(variance / n);
    }

    /** Standard error of the sample variance, sqrt((μ4 − σ⁴)/n), with both moments estimated from the sample. */
    double varianceStandardError() {
        return Math.sqrt((fourthCentral - variance * variance) / n);
    }

    boolean meanMatches(double expected) {
        return Math.abs(mean - expected) <= Z * meanStandardError();
    }

    boolean varianceMatches(double expected) {
        return Math.abs(variance - expected) <= Z * varianceStandardError();
    }

    @Override
    public String toString() {
        return "n=" + n + " mean=" + mean + " ±" + meanStandardError() + " variance=" + variance + " ±"
                + varianceStandardError();
    }
}
