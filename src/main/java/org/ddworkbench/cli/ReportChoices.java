package org.ddworkbench.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ddworkbench.model.Severity;
import org.ddworkbench.report.Measure;
import org.ddworkbench.report.MeasureKind;
import org.ddworkbench.report.ReportDimension;
import picocli.CommandLine;

/** Reads {@code --by} dimensions and {@code --measures} as users write them ({@code country}, {@code findings:high}). */
final class ReportChoices {
    private static final Map<String, ReportDimension> DIMENSIONS = new LinkedHashMap<>();
    private static final Map<String, MeasureKind> MEASURES = new LinkedHashMap<>();

    static {
        DIMENSIONS.put("country", ReportDimension.COUNTRY);
        DIMENSIONS.put("sector", ReportDimension.SECTOR);
        DIMENSIONS.put("tier", ReportDimension.TIER);
        DIMENSIONS.put("scheme", ReportDimension.SCHEME);
        DIMENSIONS.put("indicator", ReportDimension.INDICATOR);
        MEASURES.put("suppliers", MeasureKind.SUPPLIERS);
        MEASURES.put("flagged", MeasureKind.FLAGGED_SUPPLIERS);
        MEASURES.put("findings", MeasureKind.OPEN_FINDINGS);
        MEASURES.put("actions-open", MeasureKind.ACTIONS_OPEN);
        MEASURES.put("actions-overdue", MeasureKind.ACTIONS_OVERDUE);
    }

    private ReportChoices() {
    }

    /** Converts one {@code --by} value. */
    static final class Dimension implements CommandLine.ITypeConverter<ReportDimension> {
        @Override
        public ReportDimension convert(String value) {
            ReportDimension dimension = DIMENSIONS.get(value.strip().toLowerCase(Locale.ROOT));
            if (dimension == null) {
                throw new CommandLine.TypeConversionException("unknown dimension '" + value + "': use one of "
                        + String.join(", ", DIMENSIONS.keySet()) + ".");
            }
            return dimension;
        }
    }

    /** Converts one {@code --measures} value, with an optional {@code :severity} for flagged and findings. */
    static final class MeasureChoice implements CommandLine.ITypeConverter<Measure> {
        @Override
        public Measure convert(String value) {
            String[] parts = value.strip().toLowerCase(Locale.ROOT).split(":", 2);
            MeasureKind kind = MEASURES.get(parts[0]);
            if (kind == null) {
                throw new CommandLine.TypeConversionException("unknown measure '" + value + "': use one of "
                        + String.join(", ", MEASURES.keySet()) + " (flagged and findings may add :critical, :high,"
                        + " :medium, :low or :info).");
            }
            if (parts.length == 1) {
                return Measure.of(kind);
            }
            for (Severity severity : Severity.values()) {
                if (severity.name().toLowerCase(Locale.ROOT).equals(parts[1])) {
                    return new Measure(kind, severity);
                }
            }
            throw new CommandLine.TypeConversionException("unknown severity in measure '" + value
                    + "': use critical, high, medium, low or info.");
        }
    }
}
