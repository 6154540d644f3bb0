package org.ddworkbench.model;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/**
 * What one run of the cross-checks did.
 *
 * @param suppliersChecked suppliers whose data changed since the last run and were evaluated again
 * @param suppliersUnchanged suppliers whose inputs had not changed, whose findings were kept as they were
 * @param opened findings new in this run (or reopened)
 * @param closed findings whose condition no longer holds
 * @param open findings open after the run
 * @param openBySeverity open findings by severity (every severity present, zero included)
 * @param openByIndicator open findings by ILO indicator id (only indicators with findings)
 */
public record CheckSummary(
        LocalDate asOf,
        String period,
        String packFingerprint,
        int suppliersChecked,
        int suppliersUnchanged,
        int opened,
        int closed,
        int open,
        Map<Severity, Integer> openBySeverity,
        Map<String, Integer> openByIndicator,
        Duration elapsed) {

    public CheckSummary {
        openBySeverity = Map.copyOf(openBySeverity);
        openByIndicator = Map.copyOf(openByIndicator);
    }
}
