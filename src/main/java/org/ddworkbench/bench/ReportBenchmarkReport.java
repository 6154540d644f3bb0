package org.ddworkbench.bench;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The report benchmark's outcome and its table: the median warm seconds and peak heap of the report and of the
 * plain {@code GROUP BY}, their ratio against the target, and whether both gave the same figures.
 *
 * @param data what the synthetic project holds
 * @param referenceRows worker rows copied into the plain table
 * @param agreement how the report's published cells compare with the reference
 * @param keptIn the working folder when it was kept, else null
 */
public record ReportBenchmarkReport(
        int workersPerSupplier, SyntheticProject.Counts data, long referenceRows, ReportAgreement agreement,
        double createSeconds, double buildSeconds, double copySeconds, Phase groupBy, Phase report, long storeBytes,
        long maxHeapBytes, int processors, String javaVersion, Path keptIn) {
    /** The report may take at most this many times the plain GROUP BY. */
    public static final double TARGET_RATIO = 2;

    /** Report time over GROUP BY time; 0 when either failed. */
    public double ratio() {
        return groupBy.ok() && report.ok() && groupBy.nanos() > 0 ? (double) report.nanos() / groupBy.nanos() : 0;
    }

    public boolean ratioMet() {
        return ratio() > 0 && ratio() <= TARGET_RATIO;
    }

    /** Whether the report's published cells equal the GROUP BY's counts. */
    public boolean figuresAgree() {
        return agreement.agrees();
    }

    public void print(PrintWriter out) {
        out.printf("Report benchmark: %,d suppliers x %,d surveyed workers, country x indicator x period of workers"
                + " reporting an indicator; %d %s, Java %s, max heap %,d MB%n", data.suppliers(), workersPerSupplier,
                processors, processors == 1 ? "core" : "cores", javaVersion, maxHeapBytes / (1024 * 1024));
        out.println();
        out.printf("%-40s %12s %12s %10s   %s%n", "Figure", "This build", "GROUP BY", "Ratio", "Target");
        out.printf("%-40s %12s %12s %10s   %s%n", "seconds (warm, median of "
                + ReportBenchmarkSettings.TIMED_RUNS + ")", seconds(report), seconds(groupBy), times(ratio()),
                String.format("<= %.0fx: %s", TARGET_RATIO, verdict(ratioMet(), report.ok() && groupBy.ok())));
        out.printf("%-40s %12s %12s %10s%n", "worker rows per second", perSecond(report), perSecond(groupBy),
                "");
        out.printf("%-40s %12s %12s %10s%n", "peak heap used (MB)", String.format("%,.0f", report.peakHeapMegabytes()),
                String.format("%,.0f", groupBy.peakHeapMegabytes()), report.peakHeapBytes() > 0 && groupBy.peakHeapBytes() > 0
                        ? times((double) report.peakHeapBytes() / groupBy.peakHeapBytes()) : "-");
        out.println();
        failure(out, "Report", report);
        failure(out, "GROUP BY", groupBy);
        out.printf("Data: %,d suppliers in %d countries, %,d worker rows with %,d values, interviews in %s; %,d rows"
                + " copied into the plain table.%n", data.suppliers(), agreement.countries().size(), data.workerRows(),
                data.workerValues(), String.join(" and ", agreement.years()), referenceRows);
        out.printf("Figures: %,d published cells compared, %s; %,d cells suppressed by disclosure control.%n",
                agreement.publishedCells(), agreement.agrees() ? "all equal to the GROUP BY"
                        : String.format("%,d differ from the GROUP BY (first: %s), %,d GROUP BY cells missing from"
                                + " the report", agreement.mismatches(), agreement.firstMismatch(),
                                agreement.referenceCellsMissing()), agreement.suppressedCells());
        out.printf("Project folder %,.1f MB; creating the project (key derivation) %,.1f s, writing the data %,.1f s"
                + " and copying the plain table %,.1f s not counted.%n", storeBytes / (1024.0 * 1024.0), createSeconds,
                buildSeconds, copySeconds);
        out.println();
        out.printf("Target: report <= %.0fx plain GROUP BY: %s; figures equal: %s.%n", TARGET_RATIO,
                verdict(ratioMet(), report.ok() && groupBy.ok()) + (ratio() > 0 ? " (" + times(ratio()) + ")" : ""),
                figuresAgree() ? "yes" : "NO");
        if (keptIn != null) {
            out.printf("Project kept in %s%n", keptIn);
        }
        out.flush();
    }

    private static void failure(PrintWriter out, String name, Phase phase) {
        if (!phase.ok()) {
            out.printf("%s FAILED after %,.1f s: %s%n", name, phase.seconds(), phase.failure());
        }
    }

    private static String seconds(Phase phase) {
        return phase.ok() ? String.format("%,.2f", phase.seconds()) : "FAILED";
    }

    private static String perSecond(Phase phase) {
        return phase.ok() ? String.format("%,.0f", phase.rowsPerSecond()) : "-";
    }

    private static String verdict(boolean met, boolean measured) {
        return measured ? (met ? "PASS" : "MISS") : "FAILED";
    }

    private static String times(double ratio) {
        return ratio == 0 ? "-" : String.format("%.2fx", ratio);
    }
}
