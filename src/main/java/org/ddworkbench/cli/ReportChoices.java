package org.ddworkbench.cli;

import org.ddworkbench.report.Measure;
import org.ddworkbench.report.ReportDimension;
import picocli.CommandLine;

/** Reads {@code --by} dimensions and {@code --measures} as users write them ({@code country}, {@code findings:high}). */
final class ReportChoices {

    private ReportChoices() {
    }

    /** Converts one {@code --by} value. */
    static final class Dimension implements CommandLine.ITypeConverter<ReportDimension> {
        @Override
        public ReportDimension convert(String value) {
            try {
                return ReportDimension.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Converts one {@code --measures} value, such as {@code flagged:high} or {@code metric:total_weekly_hours:median}. */
    static final class MeasureChoice implements CommandLine.ITypeConverter<Measure> {
        @Override
        public Measure convert(String value) {
            try {
                return Measure.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
