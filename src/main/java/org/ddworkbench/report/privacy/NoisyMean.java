package org.ddworkbench.report.privacy;

/**
 * A released mean with the noise of its two parts; the mean's own error depends on the private count,
 * so only the parts' noise can be stated.
 *
 * @param value the protected mean, within the metric's bounds
 * @param epsilon the total budget spent, half on the sum and half on the count
 * @param sumStandardDeviation the standard deviation of the noise on the centred sum
 * @param countStandardDeviation the standard deviation of the noise on the number of values
 */
public record NoisyMean(double value, double epsilon, double sumStandardDeviation, double countStandardDeviation) {
}
