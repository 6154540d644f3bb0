package org.ddworkbench.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ddworkbench.model.CheckSummary;
import org.ddworkbench.model.Severity;

/**
 * The check benchmark's outcome and its table: seconds and peak heap of the plain scan, the first check and the
 * re-run, the two ratios against their targets, and what the data and the check held.
 *
 * @param data what the synthetic project holds
 * @param scanned rows and values the plain scan read
 * @param firstSummary the first check's summary, or null when it failed
 * @param rerunSummary the re-run's summary, or null when it failed
 * @param keptIn the working folder when it was kept, else null
 */
public record CheckBenchmarkReport(
        int workersPerSupplier, SyntheticProject.Counts data, double createSeconds, double buildSeconds,
        TableScan.Result scanned, Phase scan, Phase first, CheckSummary firstSummary, Phase rerun,
        CheckSummary rerunSummary, long storeBytes, long maxHeapBytes, int processors, String javaVersion,
        Path keptIn) {
    /** The first check may take at most this many times the plain scan. */
    public static final double TARGET_CHECK_RATIO = 3;
    /** A re-run with nothing changed must be at least this many times faster than the first check. */
    public static final double TARGET_RERUN_SPEEDUP = 5;

    /** First check time over scan time; 0 when either failed. */
    public double checkRatio() {
        return scan.ok() && first.ok() && scan.nanos() > 0 ? (double) first.nanos() / scan.nanos() : 0;
    }

    /** First check time over re-run time; 0 when either failed. */
    public double rerunSpeedup() {
        return first.ok() && rerun.ok() && rerun.nanos() > 0 ? (double) first.nanos() / rerun.nanos() : 0;
    }

    public boolean checkRatioMet() {
        return checkRatio() > 0 && checkRatio() <= TARGET_CHECK_RATIO;
    }

    public boolean rerunSpeedupMet() {
        return rerunSpeedup() >= TARGET_RERUN_SPEEDUP;
    }

    /** Open findings after the first check, or 0 when it failed. */
    public int findings() {
        return firstSummary == null ? 0 : firstSummary.open();
    }

    public void print(PrintWriter out) {
        out.printf("Check benchmark: %,d suppliers x %,d surveyed workers; %d %s, Java %s, max heap %,d MB%n",
                data.suppliers(), workersPerSupplier, processors, processors == 1 ? "core" : "cores", javaVersion,
                maxHeapBytes / (1024 * 1024));
        out.println();
        out.printf("%-34s %12s %16s%n", "Step", "Seconds", "Peak heap (MB)");
        step(out, "plain full scan", scan);
        step(out, "first check", first);
        step(out, "re-run, nothing changed", rerun);
        out.println();
        out.printf("%-34s %12s %16s   %s%n", "Ratio", "Measured", "Target", "Verdict");
        out.printf("%-34s %12s %16s   %s%n", "first check / plain scan", times(checkRatio()),
                String.format("<= %.0fx", TARGET_CHECK_RATIO), verdict(checkRatioMet(), first.ok() && scan.ok()));
        out.printf("%-34s %12s %16s   %s%n", "first check / re-run", times(rerunSpeedup()),
                String.format(">= %.0fx", TARGET_RERUN_SPEEDUP), verdict(rerunSpeedupMet(), first.ok() && rerun.ok()));
        out.println();
        out.printf("Data: %,d suppliers (%,d with planted problems); %,d supplier-level values (SAQ and audit), %,d"
                + " audits, %,d worker rows with %,d values; %,d values in all.%n", data.suppliers(),
                data.suppliersWithProblems(), data.observations(), data.audits(), data.workerRows(), data.workerValues(),
                data.values());
        out.printf("Plain scan: %,d rows and %,d values read.%n", scanned.rows(), scanned.values());
        summary(out, "First check", first, firstSummary);
        summary(out, "Re-run", rerun, rerunSummary);
        out.printf("Project folder %,.1f MB; creating the project (key derivation) %,.1f s and writing the data"
                + " %,.1f s not counted.%n", storeBytes / (1024.0 * 1024.0), createSeconds, buildSeconds);
        out.println();
        out.println(verdictLine());
        if (keptIn != null) {
            out.printf("Project kept in %s%n", keptIn);
        }
        out.flush();
    }

    private String verdictLine() {
        List<String> parts = new ArrayList<>();
        parts.add(String.format("check <= %.0fx plain scan: %s", TARGET_CHECK_RATIO,
                verdict(checkRatioMet(), first.ok() && scan.ok()) + (checkRatio() > 0 ? " (" + times(checkRatio()) + ")" : "")));
        parts.add(String.format("re-run >= %.0fx faster than the first check: %s", TARGET_RERUN_SPEEDUP,
                verdict(rerunSpeedupMet(), first.ok() && rerun.ok())
                        + (rerunSpeedup() > 0 ? " (" + times(rerunSpeedup()) + ")" : "")));
        return "Targets: " + String.join("; ", parts) + ".";
    }

    private static void step(PrintWriter out, String name, Phase phase) {
        out.printf("%-34s %12s %16s%n", name, phase.ok() ? String.format("%,.2f", phase.seconds()) : "FAILED",
                String.format("%,.0f", phase.peakHeapMegabytes()));
    }

    private static void summary(PrintWriter out, String name, Phase phase, CheckSummary summary) {
        if (!phase.ok() || summary == null) {
            out.printf("%s FAILED after %,.1f s: %s%n", name, phase.seconds(), phase.failure());
            return;
        }
        List<String> severities = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            severities.add(severity.name().toLowerCase() + " " + String.format("%,d",
                    summary.openBySeverity().getOrDefault(severity, 0)));
        }
        out.printf("%s: %,d suppliers checked, %,d unchanged; %,d findings opened, %,d closed, %,d open (%s).%n", name,
                summary.suppliersChecked(), summary.suppliersUnchanged(), summary.opened(), summary.closed(),
                summary.open(), String.join(", ", severities));
    }

    private static String verdict(boolean met, boolean measured) {
        return measured ? (met ? "PASS" : "MISS") : "FAILED";
    }

    private static String times(double ratio) {
        return ratio == 0 ? "-" : String.format("%.2fx", ratio);
    }
}
