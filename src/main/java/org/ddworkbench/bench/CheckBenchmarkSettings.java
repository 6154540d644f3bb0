package org.ddworkbench.bench;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What the check benchmark measures.
 *
 * @param suppliers synthetic suppliers, each with an SAQ, an audit and surveyed workers (a few lack some)
 * @param workersPerSupplier surveyed workers per supplier
 * @param parentDir where the benchmark's working folder is created
 * @param keep keep the working folder (the project) instead of deleting it at the end
 */
public record CheckBenchmarkSettings(int suppliers, int workersPerSupplier, Path parentDir, boolean keep) {
    public static final int DEFAULT_SUPPLIERS = 10_000;
    public static final int DEFAULT_WORKERS_PER_SUPPLIER = 20;
    /** The synthetic data is dated relative to this day, and the check runs as of it, so every run is the same. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    public CheckBenchmarkSettings {
        if (suppliers < 1 || workersPerSupplier < 0) {
            throw new IllegalArgumentException("at least one supplier and zero or more workers per supplier");
        }
    }
}
