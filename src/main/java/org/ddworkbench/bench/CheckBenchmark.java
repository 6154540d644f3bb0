package org.ddworkbench.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import org.ddworkbench.check.CheckService;
import org.ddworkbench.check.CheckService.CheckOptions;
import org.ddworkbench.model.CheckSummary;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.ProjectException;
import org.ddworkbench.store.ProjectService;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/**
 * Measures the cross-check against a plain scan of the data it reads: fills a fresh encrypted project with a
 * synthetic portfolio (SAQ, audit and worker-survey data for every supplier), then times, in order, a full scan
 * of the same tables, the first check, and a re-run with nothing changed, sampling the peak heap of each.
 */
public final class CheckBenchmark {
    /** Protects only generated, fictional benchmark data in a folder deleted afterwards. */
    private static final String PASSPHRASE = "benchmark-only-passphrase";

    private final ProjectService projects;
    private final PackReader packs;
    private final CheckService checks;

    public CheckBenchmark(ProjectService projects, PackReader packs, CheckService checks) {
        this.projects = projects;
        this.packs = packs;
        this.checks = checks;
    }

    /**
     * Runs the benchmark in a new folder under {@code settings.parentDir()}, deleted at the end unless kept.
     *
     * @throws ProblemException when the project cannot be created or the synthetic data cannot be written
     */
    public CheckBenchmarkReport run(CheckBenchmarkSettings settings, ProgressListener progress,
            CancellationToken cancellation) throws IOException, ProblemException {
        return BenchFolders.inNewFolder(settings.parentDir(), "ddw-bench-check-", settings.keep(),
                work -> measure(settings, work.resolve("project"), progress, cancellation,
                        settings.keep() ? work : null));
    }

    private CheckBenchmarkReport measure(CheckBenchmarkSettings settings, Path projectDir, ProgressListener progress,
            CancellationToken cancellation, Path keptIn) throws IOException, ProblemException {
        progress.progress(-1, "Creating a fresh encrypted project");
        long start = System.nanoTime();
        char[] passphrase = PASSPHRASE.toCharArray();
        double createSeconds;
        double buildSeconds;
        SyntheticProject.Counts data;
        try (Project project = projects.create(projectDir, "Check benchmark", passphrase, packs.bundled())) {
            createSeconds = BenchFolders.secondsSince(start);
            progress.progress(-1, String.format("Writing %,d synthetic suppliers with %,d surveyed workers each",
                    settings.suppliers(), settings.workersPerSupplier()));
            start = System.nanoTime();
            data = build(project, settings, progress, cancellation);
            buildSeconds = BenchFolders.secondsSince(start);
        }
        // Measured on the project opened again, as `ddw check` meets it after an import: otherwise the store's
        // background thread is still tidying the freshly written file while the scan and the check run.
        try (Project project = projects.open(projectDir, passphrase)) {
            cancellation.throwIfCancelled();
            progress.progress(-1, "Plain full scan of the same tables");
            TableScan.Result[] scanned = new TableScan.Result[1];
            Phase scan = timed(data.values(), () -> scanned[0] = new TableScan().scan(project));

            cancellation.throwIfCancelled();
            CheckSummary[] summaries = new CheckSummary[2];
            progress.progress(-1, "First check");
            Phase first = timed(data.suppliers(), () -> summaries[0] = check(project, progress, "First check",
                    cancellation));
            cancellation.throwIfCancelled();
            progress.progress(-1, "Re-run with nothing changed");
            Phase rerun = timed(data.suppliers(), () -> summaries[1] = check(project, progress,
                    "Re-run with nothing changed", cancellation));
            return new CheckBenchmarkReport(settings.workersPerSupplier(), data, createSeconds, buildSeconds,
                    scanned[0] == null ? new TableScan.Result(0, 0) : scanned[0], scan, first, summaries[0], rerun,
                    summaries[1], BenchFolders.size(projectDir), Runtime.getRuntime().maxMemory(),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), keptIn);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    private static SyntheticProject.Counts build(Project project, CheckBenchmarkSettings settings,
            ProgressListener progress, CancellationToken cancellation) throws ProjectException {
        try {
            return new SyntheticProject(settings.suppliers(), settings.workersPerSupplier(), CheckBenchmarkSettings.AS_OF)
                    .build(project, progress, cancellation);
        } catch (SQLException e) {
            throw new ProjectException(ProjectException.Reason.IO,
                    "The benchmark could not write its synthetic data into " + project.directory(), e);
        }
    }

    private CheckSummary check(Project project, ProgressListener progress, String step, CancellationToken cancellation)
            throws ProblemException {
        return checks.run(project, new CheckOptions(CheckBenchmarkSettings.AS_OF, false),
                (fraction, ignored) -> progress.progress(fraction, step), cancellation);
    }

    /** Times one step; a failure becomes the phase's reason rather than ending the benchmark. */
    private static Phase timed(long rows, Step step) {
        try (HeapSampler heap = HeapSampler.start()) {
            long start = System.nanoTime();
            try {
                step.run();
                return new Phase(rows, System.nanoTime() - start, heap.peakBytes(), null);
            } catch (ProblemException e) {
                return Phase.failed(System.nanoTime() - start, heap.peakBytes(), e.getMessage());
            } catch (SQLException e) {
                return Phase.failed(System.nanoTime() - start, heap.peakBytes(), "the store could not be read: "
                        + e.getMessage());
            } catch (OutOfMemoryError e) {
                return Phase.failed(System.nanoTime() - start, heap.peakBytes(), "out of memory");
            }
        }
    }

    /** One measured step. */
    @FunctionalInterface
    private interface Step {
        void run() throws ProblemException, SQLException;
    }
}
