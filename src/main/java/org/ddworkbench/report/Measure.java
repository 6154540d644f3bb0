package org.ddworkbench.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ddworkbench.model.Severity;

/**
 * One measure of a report.
 *
 * @param kind what is counted or summarised
 * @param minSeverity for finding-based measures, the least severe finding that counts; null counts any
 * @param metricId for {@link MeasureKind#METRIC}, the pack metric summarised; otherwise null
 * @param statistic for {@link MeasureKind#METRIC}, the statistic; otherwise null
 */
public record Measure(MeasureKind kind, Severity minSeverity, String metricId, Statistic statistic) {

    public Measure {
        Objects.requireNonNull(kind, "kind");
    }

    /** A measure with a least severity (or null) and no metric. */
    public Measure(MeasureKind kind, Severity minSeverity) {
        this(kind, minSeverity, null, null);
    }

    /** The measure counting findings of any severity, or a measure that has no severity. */
    public static Measure of(MeasureKind kind) {
        return new Measure(kind, null);
    }

    /** A statistic of one metric. */
    public static Measure metric(String metricId, Statistic statistic) {
        return new Measure(MeasureKind.METRIC, null, metricId, statistic);
    }

    /** Whether a finding of {@code severity} counts towards this measure. */
    public boolean counts(Severity severity) {
        return minSeverity == null || severity.ordinal() <= minSeverity.ordinal();
    }

    /**
     * The measure as users write it and saved definitions store it: {@code suppliers}, {@code findings:high},
     * {@code metric:total_weekly_hours:median}.
     */
    public String key() {
        if (kind == MeasureKind.METRIC) {
            return kind.key() + ":" + metricId + ":" + (statistic == null ? "" : statistic.key());
        }
        return minSeverity == null ? kind.key() : kind.key() + ":" + minSeverity.name().toLowerCase(Locale.ROOT);
    }

    /** Reads a measure written as {@link #key()}; the message of the exception lists the choices. */
    public static Measure parse(String text) {
        String[] parts = text.strip().split(":", -1);
        MeasureKind kind = MeasureKind.byKey(parts[0].toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw new IllegalArgumentException("unknown measure '" + text + "': use one of "
                    + Arrays.stream(MeasureKind.values()).map(MeasureKind::key).collect(Collectors.joining(", "))
                    + "; flagged, flagged-share and findings may add :critical, :high, :medium, :low or :info, and"
                    + " metric needs a metric id and a statistic, such as metric:total_weekly_hours:median.");
        }
        if (kind == MeasureKind.METRIC) {
            Statistic statistic = parts.length == 3 ? Statistic.byKey(parts[2].toLowerCase(Locale.ROOT)) : null;
            if (statistic == null || parts[1].isBlank()) {
                throw new IllegalArgumentException("measure '" + text + "' needs a metric id and a statistic"
                        + " (mean, median, p25, p75 or p90), such as metric:total_weekly_hours:median.");
            }
            return metric(parts[1].strip(), statistic);
        }
        if (parts.length == 1) {
            return of(kind);
        }
        for (Severity severity : Severity.values()) {
            if (parts.length == 2 && severity.name().toLowerCase(Locale.ROOT).equals(parts[1].toLowerCase(Locale.ROOT))) {
                return new Measure(kind, severity);
            }
        }
        throw new IllegalArgumentException("unknown severity in measure '" + text
                + "': use critical, high, medium, low or info.");
    }

    /** The measure in words, such as "Open findings (high or more severe)"; metrics are named by their id. */
    public String title() {
        return title(metricId);
    }

    /** The measure in words with the metric called {@code metricLabel}. */
    public String title(String metricLabel) {
        if (kind == MeasureKind.METRIC) {
            return (statistic == null ? "" : statistic.title() + " of ") + metricLabel;
        }
        if (minSeverity == null) {
            return kind.title();
        }
        String level = minSeverity.name().toLowerCase(Locale.ROOT);
        return minSeverity == Severity.CRITICAL ? kind.title() + " (critical)"
                : kind.title() + " (" + level + " or more severe)";
    }
}
