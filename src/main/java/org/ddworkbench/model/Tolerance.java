package org.ddworkbench.model;

/**
 * How far two compared values may differ before a cross-check raises a finding; the comparison passes
 * when it is within either bound. Null means that bound is not used.
 */
public record Tolerance(Double absolute, Double relative) {
    public static final Tolerance NONE = new Tolerance(0.0, null);
}
