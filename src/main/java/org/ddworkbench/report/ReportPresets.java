package org.ddworkbench.report;

import java.util.List;

/**
 * Ready-made reports a compliance officer asks for most: the board summary puts indicator prevalence by country,
 * the risk distribution and the state of corrective actions in one file.
 */
public final class ReportPresets {
    /** The board summary's name, as its file and log entry show it. */
    public static final String SUMMARY = "Due diligence summary";

    private ReportPresets() {
    }

    /** The sections of the board summary, protected under the pack's or the user's minimum cell size. */
    public static List<ReportDefinition> summary(Integer minCellSize) {
        return List.of(
                new ReportDefinition("Indicator prevalence by country", ReportDimension.COUNTRY,
                        ReportDimension.INDICATOR, List.of(Measure.of(MeasureKind.FLAGGED_SUPPLIERS)), minCellSize,
                        true),
                new ReportDefinition("Risk distribution", ReportDimension.RISK_BAND, null,
                        List.of(Measure.of(MeasureKind.SUPPLIERS)), minCellSize, true),
                new ReportDefinition("Corrective actions", ReportDimension.COUNTRY, null,
                        List.of(Measure.of(MeasureKind.ACTIONS_OPEN), Measure.of(MeasureKind.ACTIONS_OVERDUE),
                                Measure.of(MeasureKind.ACTIONS_CLOSED)), minCellSize, true));
    }
}
