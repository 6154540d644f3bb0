package org.ddworkbench.ui.reports;

import java.time.Clock;
import java.time.LocalDate;
import org.ddworkbench.report.PrivacyLedger;
import org.ddworkbench.report.ReportReleaser;
import org.ddworkbench.report.ReportService;
import org.ddworkbench.store.Project;

/**
 * The open project with the services the Reports screen builds, releases and accounts through.
 *
 * @param clock what "today" is for a report's as-of date and release date
 */
public record ReportContext(Project project, ReportService reports, ReportReleaser releaser, PrivacyLedger ledger,
        Clock clock) {

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
