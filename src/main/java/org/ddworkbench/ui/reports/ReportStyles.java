package org.ddworkbench.ui.reports;

/** The stylesheet of the report screens, on top of the application's: packet tables, suppressed cells, heat grids. */
final class ReportStyles {
    private ReportStyles() {
    }

    static String stylesheet() {
        return ReportStyles.class.getResource("reports.css").toExternalForm();
    }
}
