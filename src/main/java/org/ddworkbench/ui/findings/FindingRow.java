package org.ddworkbench.ui.findings;

import org.ddworkbench.model.Finding;

/** One line of a findings table, with severity, supplier, country, indicators, review and date already in words. */
public record FindingRow(Finding finding, String severity, String supplier, String country, String indicators,
        String status, String review, String firstSeen) {
}
