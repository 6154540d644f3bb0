package org.ddworkbench.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code bench all} measures, at realistic scale ({@link #full}) or tiny ({@link #quick}, which proves the
 * command works and says nothing about speed).
 *
 * @param xlsxRows sizes of the XLSX import, smallest first; the largest is the import figure
 * @param csvRows sizes of the CSV import, as many as {@code xlsxRows} (each pair runs in one JVM), smallest first
 * @param importHeap the {@code -Xmx} the import runs with, in a JVM of its own per size
 * @param storeRows rows of the encrypted-versus-plain store workload
 * @param storeRuns runs of each side of the store workload (the best is kept)
 * @param coldStartRuns cold starts (the median is kept)
 * @param monocleJar the openjfx-monocle jar for a headless cold start, or null
 * @param parentDir where the working folder is created
 */
public record AllBenchmarkSettings(List<Integer> xlsxRows, List<Integer> csvRows, String importHeap,
        int checkSuppliers, int checkWorkersPerSupplier, int reportSuppliers, int reportWorkersPerSupplier,
        long storeRows, int storeRuns, int coldStartRuns, Path monocleJar, Path parentDir) {

    public AllBenchmarkSettings {
        xlsxRows = List.copyOf(xlsxRows);
        csvRows = List.copyOf(csvRows);
        if (xlsxRows.isEmpty() || csvRows.size() != xlsxRows.size() || storeRows < 1 || storeRuns < 1 || coldStartRuns < 1) {
            throw new IllegalArgumentException("every benchmark needs at least one size and one run, and as many XLSX"
                    + " as CSV sizes");
        }
    }

    /** The realistic scale of every single benchmark, plus import sizes a hundred times apart for the heap. */
    public static AllBenchmarkSettings full(Path monocleJar, Path parentDir) {
        return new AllBenchmarkSettings(List.of(10_000, 50_000, BenchmarkSettings.DEFAULT_XLSX_ROWS),
                List.of(10_000, 100_000, BenchmarkSettings.DEFAULT_CSV_ROWS), "256m",
                CheckBenchmarkSettings.DEFAULT_SUPPLIERS, CheckBenchmarkSettings.DEFAULT_WORKERS_PER_SUPPLIER,
                ReportBenchmarkSettings.DEFAULT_SUPPLIERS, ReportBenchmarkSettings.DEFAULT_WORKERS_PER_SUPPLIER,
                1_000_000, 2, 3, monocleJar, parentDir);
    }

    /** Tiny sizes: the whole command in well under a minute, for tests and a first look. */
    public static AllBenchmarkSettings quick(Path monocleJar, Path parentDir) {
        return new AllBenchmarkSettings(List.of(300, 1_200), List.of(1_000, 4_000), "256m", 30, 5, 30, 5, 2_000, 1,
                1, monocleJar, parentDir);
    }
}
