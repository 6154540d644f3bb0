package org.ddworkbench.report;

import java.util.Locale;
import java.util.Objects;
import org.ddworkbench.model.Severity;

/**
 * One measure of a report.
 *
 * @param kind what is counted
 * @param minSeverity for finding-based measures, the least severe finding that counts; null counts any
 */
public record Measure(MeasureKind kind, Severity minSeverity) {

    public Measure {
        Objects.requireNonNull(kind, "kind");
    }

    /** The measure counting findings of any severity, or a measure that has no severity. */
    public static Measure of(MeasureKind kind) {
        return new Measure(kind, null);
    }

    /** Whether a finding of {@code severity} counts towards this measure. */
    public boolean counts(Severity severity) {
        return minSeverity == null || severity.ordinal() <= minSeverity.ordinal();
    }

    /** The measure in words, such as "Open findings (high or more severe)". */
    public String title() {
        if (minSeverity == null) {
            return kind.title();
        }
        String level = minSeverity.name().toLowerCase(Locale.ROOT);
        return minSeverity == Severity.CRITICAL ? kind.title() + " (critical)"
                : kind.title() + " (" + level + " or more severe)";
    }
}
