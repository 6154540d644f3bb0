package org.ddworkbench.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's outcome and its table: per format, rows per second, total seconds and peak heap of the
 * import next to the bare parse, their ratio and the target.
 *
 * @param maxHeapBytes the JVM's maximum heap ({@code -Xmx})
 * @param keptIn the working folder when it was kept, else null
 */
public record BenchmarkReport(List<FormatRun> runs, long maxHeapBytes, int processors, String javaVersion, Path keptIn) {
    /** Import may take at most this many times the bare parse. */
    public static final double TARGET_RATIO = 1.5;
    /** The heap the import must succeed in. */
    public static final long TARGET_HEAP_BYTES = 256L * 1024 * 1024;

    public BenchmarkReport {
        runs = List.copyOf(runs);
    }

    /** Whether the JVM ran with a maximum heap of 256 MB or less, so a succeeding import proves the memory target. */
    public boolean smallHeap() {
        // The JVM reports a little less than -Xmx (one survivor space), never more.
        return maxHeapBytes <= TARGET_HEAP_BYTES;
    }

    /** Whether every import succeeded and took at most {@link #TARGET_RATIO} times its bare parse. */
    public boolean targetMet() {
        return !runs.isEmpty() && runs.stream().allMatch(run -> run.imported().ok() && run.ratio() <= TARGET_RATIO);
    }

    public void print(PrintWriter out) {
        out.printf("Import benchmark: %d %s, Java %s, max heap %,d MB (-Xmx <= 256m: %s)%n", processors,
                processors == 1 ? "core" : "cores", javaVersion, maxHeapBytes / (1024 * 1024), smallHeap() ? "yes" : "no");
        out.println();
        out.printf("%-34s %14s %14s %8s   %s%n", "Figure", "This build", "Bare parse", "Ratio", "Target");
        for (FormatRun run : runs) {
            out.printf("%s, %,d rows x %d columns (%,.1f MB)%n", run.format(), run.rows(), BenchmarkSurvey.COLUMNS,
                    run.fileBytes() / (1024.0 * 1024.0));
            Phase imported = run.imported();
            Phase bare = run.bare();
            row(out, "  rows per second", imported.ok() ? String.format("%,.0f", imported.rowsPerSecond()) : "failed",
                    bare.ok() ? String.format("%,.0f", bare.rowsPerSecond()) : "failed", ratio(run),
                    "import <= 1.5x bare parse");
            row(out, "  total seconds", String.format("%,.1f", imported.seconds()),
                    String.format("%,.1f", bare.seconds()), ratio(run), "import <= 1.5x bare parse");
            row(out, "  peak heap used (MB)", String.format("%,.0f", imported.peakHeapMegabytes()),
                    String.format("%,.0f", bare.peakHeapMegabytes()), heapRatio(run), "succeeds with -Xmx256m");
        }
        out.println();
        for (FormatRun run : runs) {
            details(out, run);
        }
        out.println();
        out.println(verdict());
        if (keptIn != null) {
            out.printf("Generated files and projects kept in %s%n", keptIn);
        }
        out.flush();
    }

    /** One machine-readable line per format (timings and sizes only), for {@code bench all}. */
    public void printFigures(PrintWriter out) {
        runs.forEach(run -> out.println(ImportFigures.of(run).line()));
        out.flush();
    }

    private void details(PrintWriter out, FormatRun run) {
        Phase imported = run.imported();
        if (imported.ok()) {
            out.printf("%s import = validate %,.1f s + store %,.1f s; %,d rows and %,d values stored; project folder"
                    + " %,.1f MB; creating the project (key derivation) %,.1f s and writing the file %,.1f s not counted.%n",
                    run.format(), run.previewSeconds(), run.commitSeconds(), run.rowsImported(), run.valuesStored(),
                    run.storeBytes() / (1024.0 * 1024.0), run.createSeconds(), run.generateSeconds());
        } else {
            out.printf("%s import FAILED after %,.1f s: %s%n", run.format(), imported.seconds(), imported.failure());
        }
        if (!run.bare().ok()) {
            out.printf("%s bare parse FAILED: %s%n", run.format(), run.bare().failure());
        }
    }

    private String verdict() {
        List<String> parts = new ArrayList<>();
        for (FormatRun run : runs) {
            parts.add(run.format() + (run.imported().ok()
                    ? (run.ratio() <= TARGET_RATIO ? " met" : " missed") + String.format(" (%.2fx)", run.ratio())
                    : " failed"));
        }
        String speed = "Target import <= 1.5x bare parse: " + String.join(", ", parts) + ".";
        FormatRun largest = runs.stream().max((a, b) -> Integer.compare(a.rows(), b.rows())).orElse(null);
        String memory;
        if (largest == null) {
            memory = "";
        } else if (!smallHeap()) {
            memory = String.format(" Memory target not tested: max heap is %,d MB; run with java -Xmx256m.",
                    maxHeapBytes / (1024 * 1024));
        } else {
            memory = String.format(" %,d-row %s import with -Xmx <= 256m: %s.", largest.rows(), largest.format(),
                    largest.imported().ok() ? "succeeded" : "FAILED");
        }
        return speed + memory;
    }

    private static void row(PrintWriter out, String figure, String mine, String bare, String ratio, String target) {
        out.printf("%-34s %14s %14s %8s   %s%n", figure, mine, bare, ratio, target);
    }

    private static String ratio(FormatRun run) {
        return run.ratio() == 0 ? "-" : String.format("%.2fx", run.ratio());
    }

    private static String heapRatio(FormatRun run) {
        long bare = run.bare().peakHeapBytes();
        return bare == 0 || !run.imported().ok() ? "-" : String.format("%.2fx", (double) run.imported().peakHeapBytes() / bare);
    }
}
