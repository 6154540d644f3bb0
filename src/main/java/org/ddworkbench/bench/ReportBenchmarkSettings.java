package org.ddworkbench.bench;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What the report benchmark measures.
 *
 * @param suppliers synthetic suppliers, every one with a worker survey
 * @param workersPerSupplier surveyed workers per supplier
 * @param parentDir where the benchmark's working folder is created
 * @param keep keep the working folder (the project) instead of deleting it at the end
 */
public record ReportBenchmarkSettings(int suppliers, int workersPerSupplier, Path parentDir, boolean keep) {
    public static final int DEFAULT_SUPPLIERS = 10_000;
    public static final int DEFAULT_WORKERS_PER_SUPPLIER = 100;
    /** The day the synthetic data is dated from (interviews fall in its year and the one before) and the report runs on. */
    public static final LocalDate AS_OF = CheckBenchmarkSettings.AS_OF;
    /** Timed runs of each side after one warm-up run; the median is reported. */
    public static final int TIMED_RUNS = 3;

    public ReportBenchmarkSettings {
        if (suppliers < 1 || workersPerSupplier < 1) {
            throw new IllegalArgumentException("at least one supplier and one worker per supplier");
        }
    }
}
