package org.ddworkbench.model;

import java.util.List;

/**
 * A declarative rule comparing what a supplier said about itself with what an audit or its workers
 * showed, for the same supplier and period; a violation raises a finding of the given severity.
 */
public record CrossCheck(
        String id,
        String label,
        String description,
        Operand selfAssessed,
        Operand observed,
        Expectation expectation,
        Tolerance tolerance,
        Severity severity,
        List<String> indicators) {

    public CrossCheck {
        indicators = List.copyOf(indicators);
    }
}
