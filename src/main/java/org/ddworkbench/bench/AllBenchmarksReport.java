package org.ddworkbench.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one table of {@code bench all}: per figure, this build, the reference measured in the same run, their ratio,
 * the target and whether it was met; then the heap peak per import size, and what each reference is.
 */
public record AllBenchmarksReport(AllBenchmarkSettings settings, List<ImportFigures> imports,
        AllBenchmarks.Outcome<CheckBenchmarkReport> check, AllBenchmarks.Outcome<ReportBenchmarkReport> report,
        AllBenchmarks.Outcome<StoreEncryption.Result> store, ColdStart.Result coldStart, String coldStartHow,
        long maxHeapBytes, int processors, String javaVersion, double loadBefore, double loadAfter,
        double totalSeconds) {
    /** Encryption may make the store's write-and-read at most this many times slower. */
    public static final double TARGET_ENCRYPTION_RATIO = 1.5;
    /** The window must be usable within this many seconds of starting {@code java}. */
    public static final double TARGET_COLD_START_SECONDS = 3;
    /** The import's peak heap at the largest size may be at most this many times its peak at the smallest. */
    public static final double TARGET_HEAP_GROWTH = 2;

    private static final String ROW = "%-46s %11s %11s %8s  %-22s %-13s %s%n";
    private static final String MET = "met";
    private static final String MISSED = "MISSED";
    private static final String FAILED = "FAILED";

    public AllBenchmarksReport {
        imports = List.copyOf(imports);
    }

    public void print(PrintWriter out) {
        out.printf("All benchmarks: %d %s, Java %s, max heap %,d MB, load average %s before and %s after;"
                + " %,.0f s in all%n", processors, processors == 1 ? "core" : "cores", javaVersion,
                maxHeapBytes / (1024 * 1024), load(loadBefore), load(loadAfter), totalSeconds);
        out.println();
        out.printf(ROW, "Figure", "This build", "Reference", "Ratio", "Target", "Verdict", "Reference is");
        for (String format : List.of("XLSX", "CSV")) {
            importRows(out, format);
        }
        checkRows(out);
        reportRow(out);
        storeRow(out);
        coldStartRow(out);
        out.println();
        out.printf("Heap peak per import size (each in a JVM of its own with -Xmx%s; used heap sampled every 5 ms,"
                + " garbage included; and the most live heap, left after a full collection, which the growth target uses):%n",
                settings.importHeap());
        out.printf(ROW, "Import", "Import MB", "Bare MB", "Ratio", "Target", "Verdict", "");
        for (String format : List.of("XLSX", "CSV")) {
            heapRows(out, format);
        }
        out.println();
        notes(out);
        out.flush();
    }

    private void importRows(PrintWriter out, String format) {
        ImportFigures largest = largest(format);
        String figure = String.format("%s import, %,d rows (s)", format, largest.rows());
        String reference = format.equals("XLSX") ? "bare POI streaming parse" : "bare Jackson CSV parse";
        if (!largest.ok()) {
            row(out, figure, "-", "-", "-", "<= 1.5x", FAILED, largest.failure());
            return;
        }
        row(out, figure, seconds(largest.importNanos()), seconds(largest.bareNanos()), times(largest.ratio()),
                "<= 1.5x", largest.ratio() <= BenchmarkReport.TARGET_RATIO ? MET : MISSED, reference);
        row(out, "  per pass (import reads the file twice)", seconds(largest.importNanos() / 2),
                seconds(largest.bareNanos()), times(largest.perPassRatio()), "(information)", "-",
                "the same bare parse");
    }

    private void checkRows(PrintWriter out) {
        String figure = String.format("Check, %,d suppliers x %d workers (s)", settings.checkSuppliers(),
                settings.checkWorkersPerSupplier());
        CheckBenchmarkReport c = check.value();
        if (c == null) {
            row(out, figure, "-", "-", "-", "<= 3x", FAILED, check.failure());
            return;
        }
        boolean measured = c.scan().ok() && c.first().ok();
        row(out, figure, phaseSeconds(c.first()), phaseSeconds(c.scan()), times(c.checkRatio()), "<= 3x",
                measured ? (c.checkRatioMet() ? MET : MISSED) : FAILED, "plain SQL scan of the same tables");
        row(out, "Check re-run, nothing changed (s)", phaseSeconds(c.rerun()), phaseSeconds(c.first()),
                times(c.rerunSpeedup()), ">= 5x faster", c.first().ok() && c.rerun().ok()
                        ? (c.rerunSpeedupMet() ? MET : MISSED) : FAILED, "the first check");
    }

    private void reportRow(PrintWriter out) {
        String figure = String.format("Report, %,d worker rows (s, warm median)",
                (long) settings.reportSuppliers() * settings.reportWorkersPerSupplier());
        ReportBenchmarkReport r = report.value();
        if (r == null) {
            row(out, figure, "-", "-", "-", "<= 2x", FAILED, report.failure());
            return;
        }
        String verdict = !(r.report().ok() && r.groupBy().ok()) ? FAILED
                : !r.figuresAgree() ? MISSED + " (figures differ)" : r.ratioMet() ? MET : MISSED;
        row(out, figure, phaseSeconds(r.report()), phaseSeconds(r.groupBy()), times(r.ratio()), "<= 2x", verdict,
                "plain SQL GROUP BY, same figures");
    }

    private void storeRow(PrintWriter out) {
        String figure = String.format("Encrypted store, %,d rows write+read (s)", settings.storeRows());
        StoreEncryption.Result s = store.value();
        if (s == null) {
            row(out, figure, "-", "-", "-", "<= 1.5x", FAILED, store.failure());
            return;
        }
        row(out, figure, seconds(s.encrypted().nanos()), seconds(s.plain().nanos()), times(s.ratio()), "<= 1.5x",
                s.ratio() <= TARGET_ENCRYPTION_RATIO ? MET : MISSED, "the same on H2 without CIPHER=AES");
    }

    private void coldStartRow(PrintWriter out) {
        String figure = "Cold start to a usable window (s)";
        if (!coldStart.ok()) {
            row(out, figure, "-", "-", "-", "<= 3 s", "not measured", coldStart.failure());
            return;
        }
        double window = coldStart.windowNanos() / 1e9;
        row(out, figure, seconds(coldStart.windowNanos()), seconds(coldStart.versionNanos()),
                times((double) coldStart.windowNanos() / coldStart.versionNanos()), "<= 3 s",
                window <= TARGET_COLD_START_SECONDS ? MET : MISSED, "the same jar printing --version");
    }

    private void heapRows(PrintWriter out, String format) {
        List<ImportFigures> sizes = imports.stream().filter(f -> f.format().equals(format)).toList();
        for (ImportFigures size : sizes) {
            String figure = String.format("%s, %,d rows (%,.1f MB file)", format, size.rows(),
                    size.fileBytes() / (1024.0 * 1024.0));
            row(out, figure, size.ok() ? megabytes(size.importHeapBytes()) : "-",
                    size.bareHeapBytes() > 0 ? megabytes(size.bareHeapBytes()) : "-",
                    size.ok() && size.bareHeapBytes() > 0 ? times((double) size.importHeapBytes() / size.bareHeapBytes())
                            : "-", "succeeds in -Xmx" + settings.importHeap(), size.ok() ? MET : FAILED,
                    size.ok() ? megabytes(size.importLiveBytes()) + " MB live (full collections)" : size.failure());
        }
        ImportFigures smallest = sizes.get(0);
        ImportFigures largest = sizes.get(sizes.size() - 1);
        if (sizes.size() > 1 && smallest.ok() && largest.ok() && smallest.importLiveBytes() > 0) {
            double growth = (double) largest.importLiveBytes() / smallest.importLiveBytes();
            row(out, String.format("  %s growth, %,d -> %,d rows (%.0fx the rows)", format, smallest.rows(),
                    largest.rows(), (double) largest.rows() / smallest.rows()), megabytes(largest.importLiveBytes()),
                    megabytes(smallest.importLiveBytes()), times(growth), "<= 2x", growth <= TARGET_HEAP_GROWTH
                            ? MET : MISSED, "live heap (full collections), largest and smallest size");
        }
    }

    private void notes(PrintWriter out) {
        List<String> lines = new ArrayList<>();
        for (ImportFigures f : imports) {
            if (f.ok() && f == largest(f.format())) {
                lines.add(String.format("%s import: validate %s s + store %s s.", f.format(), seconds(f.previewNanos()),
                        seconds(f.commitNanos())));
            }
        }
        if (store.value() != null) {
            lines.add(String.format("Store files: %,.1f MB encrypted, %,.1f MB plain (best of %d runs each).",
                    store.value().encrypted().bytes() / (1024.0 * 1024.0),
                    store.value().plain().bytes() / (1024.0 * 1024.0), settings.storeRuns()));
        }
        if (coldStart.ok()) {
            lines.add(String.format("Cold start: median of %d, %s; the window itself reported %s s after JVM start.",
                    coldStart.runs(), coldStartHow, seconds(coldStart.inJvmNanos())));
        }
        if (report.value() != null) {
            lines.add("Report figures equal to the GROUP BY: " + (report.value().figuresAgree() ? "yes" : "NO") + ".");
        }
        lines.add("Run bench import, bench check or bench report alone for each one's details.");
        lines.forEach(out::println);
    }

    private ImportFigures largest(String format) {
        List<ImportFigures> sizes = imports.stream().filter(f -> f.format().equals(format)).toList();
        return sizes.get(sizes.size() - 1);
    }

    private static void row(PrintWriter out, String figure, String mine, String reference, String ratio, String target,
            String verdict, String referenceIs) {
        out.printf(ROW, figure, mine, reference, ratio, target, verdict, referenceIs == null ? "" : referenceIs);
    }

    private static String seconds(long nanos) {
        return String.format("%,.2f", nanos / 1e9);
    }

    private static String phaseSeconds(Phase phase) {
        return phase.ok() ? seconds(phase.nanos()) : "-";
    }

    private static String megabytes(long bytes) {
        return String.format("%,.0f", bytes / (1024.0 * 1024.0));
    }

    private static String times(double ratio) {
        return ratio == 0 ? "-" : String.format("%.2fx", ratio);
    }

    private static String load(double load) {
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f", load);
    }
}
