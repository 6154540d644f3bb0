package org.ddworkbench.model;

import java.util.Map;

/**
 * Severities of the findings that are not cross-checks: the colour of a threshold flag, and each built-in
 * rule kind (stale audit, no SAQ, skipped rows, ...) keyed by its {@link CheckRule} id.
 */
public record CheckPolicy(Map<Flag, Severity> flagSeverities, Map<String, Severity> ruleSeverities) {

    public CheckPolicy {
        flagSeverities = Map.copyOf(flagSeverities);
        ruleSeverities = Map.copyOf(ruleSeverities);
    }

    public Severity severity(Flag flag) {
        return flagSeverities.get(flag);
    }

    public Severity severity(CheckRule rule) {
        return ruleSeverities.get(rule.id());
    }
}
