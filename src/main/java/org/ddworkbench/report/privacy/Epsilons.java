package org.ddworkbench.report.privacy;

/** Checks the privacy parameters every mechanism receives, so a bad value fails before any noise is drawn. */
final class Epsilons {
    /**
     * Below this the noise (standard deviation about 1.4·Δ/ε) would exceed a million times the
     * sensitivity, meaning nothing useful; the floor also keeps geometric draws far from long overflow.
     */
    static final double MIN_EPSILON = 1e-6;

    private Epsilons() {
    }

    static double require(double epsilon) {
        if (!Double.isFinite(epsilon) || epsilon < MIN_EPSILON) {
            throw new IllegalArgumentException("epsilon must be finite and at least " + MIN_EPSILON + ": " + epsilon);
        }
        return epsilon;
    }

    static int requireSensitivity(int sensitivity) {
        if (sensitivity < 1) {
            throw new IllegalArgumentException("sensitivity must be at least 1: " + sensitivity);
        }
        return sensitivity;
    }
}
