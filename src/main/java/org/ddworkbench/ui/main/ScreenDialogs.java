package org.ddworkbench.ui.main;

import org.ddworkbench.ui.DialogService;
import org.ddworkbench.ui.findings.FindingDialogs;
import org.ddworkbench.ui.imports.ImportDialogs;
import org.ddworkbench.ui.reports.ReportDialogs;

/** The dialogs the screens of an open project ask through: the window's general ones and each area's own. */
public record ScreenDialogs(DialogService general, ImportDialogs imports, FindingDialogs findings,
        ReportDialogs reports) {
}
