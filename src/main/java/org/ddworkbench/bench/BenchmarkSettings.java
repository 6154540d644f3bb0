package org.ddworkbench.bench;

import java.nio.file.Path;

/**
 * What to measure.
 *
 * @param xlsxRows rows of the generated worker-survey workbook
 * @param csvRows rows of the generated CSV file
 * @param parentDir where the benchmark's working folder is created
 * @param keep keep the working folder (generated files and projects) instead of deleting it at the end
 */
public record BenchmarkSettings(int xlsxRows, int csvRows, Path parentDir, boolean keep) {
    public static final int DEFAULT_XLSX_ROWS = 200_000;
    public static final int DEFAULT_CSV_ROWS = 1_000_000;

    public BenchmarkSettings {
        if (xlsxRows < 0 || csvRows < 0) {
            throw new IllegalArgumentException("row counts must not be negative");
        }
    }
}
