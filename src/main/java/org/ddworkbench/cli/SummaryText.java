package org.ddworkbench.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ddworkbench.model.CheckSummary;
import org.ddworkbench.model.Indicator;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.Severity;

/** Prints what a check run did: the date and period, suppliers, findings opened and closed, counts by severity and indicator. */
final class SummaryText {
    private SummaryText() {
    }

    static void print(PrintWriter out, MetricPack pack, CheckSummary summary) {
        out.printf("Checked as of %s, assessment period %s (pack %s %s, %s)%n", summary.asOf(), summary.period(),
                pack.id(), pack.version(), shortFingerprint(summary.packFingerprint()));
        out.printf("Suppliers: %,d checked, %,d unchanged%n", summary.suppliersChecked(), summary.suppliersUnchanged());
        out.printf("Findings: %,d opened, %,d closed, %,d open%n", summary.opened(), summary.closed(), summary.open());
        out.println("Open findings by severity:");
        for (Severity severity : Severity.values()) {
            out.printf("  %-10s %,6d%n", ChoiceWords.word(severity), summary.openBySeverity().getOrDefault(severity, 0));
        }
        out.println("Open findings by ILO indicator:");
        Map<String, Integer> counts = indicatorCounts(pack, summary);
        int width = counts.keySet().stream().mapToInt(id -> label(pack, id).length()).max().orElse(0);
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            out.printf("  %-" + width + "s %,6d%n", label(pack, count.getKey()), count.getValue());
        }
        out.printf("Took %,.1f s. `ddw findings` lists the open findings.%n", summary.elapsed().toMillis() / 1000.0);
    }

    /** Every indicator of the pack in the pack's order (zero included), then any other ids the findings named. */
    static Map<String, Integer> indicatorCounts(MetricPack pack, CheckSummary summary) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Indicator indicator : pack.indicators()) {
            counts.put(indicator.id(), summary.openByIndicator().getOrDefault(indicator.id(), 0));
        }
        summary.openByIndicator().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> counts.putIfAbsent(e.getKey(), e.getValue()));
        return counts;
    }

    static String label(MetricPack pack, String indicatorId) {
        return pack.indicator(indicatorId).map(Indicator::label).orElse(indicatorId);
    }

    static String shortFingerprint(String fingerprint) {
        return fingerprint == null ? "-" : fingerprint.length() > 12 ? fingerprint.substring(0, 12) : fingerprint;
    }
}
