package org.ddworkbench.report.privacy;

import java.util.Objects;

/**
 * One value given by one contributor (a supplier or a worker, by an opaque key) to a sum or mean.
 *
 * @param contributor the key of the unit privacy protects; never shown in any release
 * @param value the raw value before clamping
 */
public record Contribution(String contributor, double value) {
    public Contribution {
        Objects.requireNonNull(contributor, "contributor");
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("a contribution must be a number");
        }
    }
}
