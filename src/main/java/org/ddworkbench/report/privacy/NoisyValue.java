package org.ddworkbench.report.privacy;

/**
 * A released real value with the noise that protects it, so a report can state its uncertainty.
 *
 * @param value the protected value to publish
 * @param epsilon the privacy budget this release spent
 * @param standardDeviation the standard deviation of the added noise (zero when none was needed)
 * @param halfWidth95 the value lies within this distance of the unprotected one with 95% probability
 */
public record NoisyValue(double value, double epsilon, double standardDeviation, double halfWidth95) {
}
