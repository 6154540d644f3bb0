package org.ddworkbench.report.privacy;

/**
 * Adds continuous Laplace noise of scale b (density exp(−|x|/b)/2b) to real values such as bounded sums,
 * giving ε-differential privacy when b = Δ/ε.
 *
 * <p>Mironov (2012, "On significance of the least significant bits for differential privacy") showed
 * that textbook floating-point Laplace leaks through the pattern of representable low-order bits of
 * value + noise. As a mitigation in the spirit of his snapping mechanism, every released value is
 * rounded to a grid whose spacing is the smallest power of two at least b·2^-20, which erases those bits
 * while moving the value by at most b·2^-20. This is not his full construction (which also clamps the
 * output and inflates ε slightly), so it narrows the attack rather than proving it closed.
 */
public final class Laplace {
    private static final double GRID_FRACTION = 0x1.0p-20;

    private final RandomBits random;

    public Laplace(RandomBits random) {
        this.random = random;
    }

    /** A mechanism over its own fresh {@link SecureRandomBits}. */
    public static Laplace withSecureRandomness() {
        return new Laplace(new SecureRandomBits());
    }

    /** Returns value plus Laplace noise of the given scale, snapped to the release grid. */
    public double addNoise(double value, double scale) {
        return snap(value + sample(scale), scale);
    }

    /**
     * Draws raw Laplace noise by inverting the CDF of |X| (an exponential) and attaching an independent
     * fair sign; this avoids the usual u − 0.5 form, whose u = 0.5 and u = 0 endpoints need special cases.
     */
    public double sample(double scale) {
        double magnitude = -Math.log(random.nextUniformOpenAtZero()) * requireScale(scale);
        return random.nextBit() ? magnitude : -magnitude;
    }

    /** The noise's standard deviation, √2·b. */
    public static double standardDeviation(double scale) {
        return Math.sqrt(2) * requireScale(scale);
    }

    /** The half-width h with P(|X| ≤ h) = 0.95, that is b·ln 20. */
    public static double halfWidth95(double scale) {
        return requireScale(scale) * Math.log(20);
    }

    /** The spacing of the release grid for this scale: a power of two, so snapping is exact arithmetic. */
    public static double gridSpacing(double scale) {
        double wanted = requireScale(scale) * GRID_FRACTION;
        double spacing = Math.scalb(1.0, Math.getExponent(wanted));
        return spacing < wanted ? spacing * 2 : spacing;
    }

    static double snap(double value, double scale) {
        double spacing = gridSpacing(scale);
        return Math.rint(value / spacing) * spacing;
    }

    private static double requireScale(double scale) {
        if (!Double.isFinite(scale) || scale <= 0) {
            throw new IllegalArgumentException("Laplace scale must be positive and finite: " + scale);
        }
        return scale;
    }
}
