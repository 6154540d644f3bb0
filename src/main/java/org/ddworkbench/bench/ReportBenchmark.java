package org.ddworkbench.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.report.Measure;
import org.ddworkbench.report.MeasureKind;
import org.ddworkbench.report.ReportDefinition;
import org.ddworkbench.report.ReportDimension;
import org.ddworkbench.report.ReportResult;
import org.ddworkbench.report.ReportService;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.ProjectException;
import org.ddworkbench.store.ProjectService;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/**
 * Measures a country x indicator x period report of workers reporting an indicator against a plain SQL
 * {@code GROUP BY} of the same worker rows in the same encrypted store: fills a fresh project with a synthetic
 * portfolio in which every supplier has a worker survey, copies the worker rows into a plain table, checks that
 * both give the same figures, then times each side warm (one untimed run, then the median of three).
 */
public final class ReportBenchmark {
    /** Protects only generated, fictional benchmark data in a folder deleted afterwards. */
    private static final String PASSPHRASE = "benchmark-only-passphrase";
    /** The report the benchmark times. */
    static final ReportDefinition DEFINITION = new ReportDefinition("Benchmark", ReportDimension.COUNTRY,
            ReportDimension.INDICATOR, ReportDimension.PERIOD, List.of(Measure.of(MeasureKind.WORKERS_REPORTING)), null,
            false);

    private final ProjectService projects;
    private final PackReader packs;
    private final ReportService reports;

    public ReportBenchmark(ProjectService projects, PackReader packs, ReportService reports) {
        this.projects = projects;
        this.packs = packs;
        this.reports = reports;
    }

    /**
     * Runs the benchmark in a new folder under {@code settings.parentDir()}, deleted at the end unless kept.
     *
     * @throws ProblemException when the project cannot be created, the data cannot be written, or the report or
     *     the reference fails its untimed first run
     */
    public ReportBenchmarkReport run(ReportBenchmarkSettings settings, ProgressListener progress,
            CancellationToken cancellation) throws IOException, ProblemException {
        return BenchFolders.inNewFolder(settings.parentDir(), "ddw-bench-report-", settings.keep(),
                work -> measure(settings, work.resolve("project"), progress, cancellation,
                        settings.keep() ? work : null));
    }

    private ReportBenchmarkReport measure(ReportBenchmarkSettings settings, Path projectDir, ProgressListener progress,
            CancellationToken cancellation, Path keptIn) throws IOException, ProblemException {
        progress.progress(-1, "Creating a fresh encrypted project");
        long start = System.nanoTime();
        char[] passphrase = PASSPHRASE.toCharArray();
        try (Project project = projects.create(projectDir, "Report benchmark", passphrase, packs.bundled())) {
            double createSeconds = BenchFolders.secondsSince(start);
            progress.progress(-1, String.format("Writing %,d synthetic suppliers with %,d surveyed workers each",
                    settings.suppliers(), settings.workersPerSupplier()));
            start = System.nanoTime();
            SyntheticProject.Counts data = build(project, settings, progress, cancellation);
            double buildSeconds = BenchFolders.secondsSince(start);

            cancellation.throwIfCancelled();
            progress.progress(-1, "Copying the worker rows into a plain table");
            start = System.nanoTime();
            GroupByReference reference = new GroupByReference(project.pack().pack());
            long copied = sql(project, () -> reference.copy(project));
            double copySeconds = BenchFolders.secondsSince(start);

            cancellation.throwIfCancelled();
            progress.progress(-1, "Comparing the report with the plain GROUP BY (untimed warm-up)");
            Map<GroupByReference.Cell, Long> counts = sql(project,
                    () -> project.inTransaction(reference::counts));
            ReportAgreement agreement = ReportAgreement.of(preview(project, cancellation), counts);

            cancellation.throwIfCancelled();
            progress.progress(-1, "Timing the plain GROUP BY");
            Phase groupBy = medianOf(copied, () -> project.inTransaction(reference::counts));
            cancellation.throwIfCancelled();
            progress.progress(-1, "Timing the report");
            Phase report = medianOf(copied, () -> preview(project, cancellation));
            return new ReportBenchmarkReport(settings.workersPerSupplier(), data, copied, agreement, createSeconds,
                    buildSeconds, copySeconds, groupBy, report, BenchFolders.size(projectDir),
                    Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), keptIn);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    private ReportResult preview(Project project, CancellationToken cancellation) throws ProblemException {
        return reports.preview(project, DEFINITION, ReportBenchmarkSettings.AS_OF, ProgressListener.NONE, cancellation);
    }

    private static SyntheticProject.Counts build(Project project, ReportBenchmarkSettings settings,
            ProgressListener progress, CancellationToken cancellation) throws ProjectException {
        return sql(project, () -> new SyntheticProject(settings.suppliers(), settings.workersPerSupplier(),
                ReportBenchmarkSettings.AS_OF, true).build(project, progress, cancellation));
    }

    /** Runs store work whose failure ends the benchmark, saying which project it could not use. */
    private static <T> T sql(Project project, SqlStep<T> step) throws ProjectException {
        try {
            return step.run();
        } catch (SQLException e) {
            throw new ProjectException(ProjectException.Reason.IO,
                    "The benchmark could not write or read its data in " + project.directory(), e);
        }
    }

    /**
     * Times {@link ReportBenchmarkSettings#TIMED_RUNS} runs of one step and keeps the median time and the peak heap
     * over all of them; a failure becomes the phase's reason rather than ending the benchmark.
     */
    private static Phase medianOf(long rows, Step step) {
        long[] nanos = new long[ReportBenchmarkSettings.TIMED_RUNS];
        try (HeapSampler heap = HeapSampler.start()) {
            for (int run = 0; run < nanos.length; run++) {
                long start = System.nanoTime();
                try {
                    step.run();
                } catch (ProblemException e) {
                    return Phase.failed(System.nanoTime() - start, heap.peakBytes(), e.getMessage());
                } catch (SQLException e) {
                    return Phase.failed(System.nanoTime() - start, heap.peakBytes(),
                            "the store could not be read: " + e.getMessage());
                } catch (OutOfMemoryError e) {
                    return Phase.failed(System.nanoTime() - start, heap.peakBytes(), "out of memory");
                }
                nanos[run] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            return new Phase(rows, nanos[nanos.length / 2], heap.peakBytes(), null);
        }
    }

    /** One measured step. */
    @FunctionalInterface
    private interface Step {
        void run() throws ProblemException, SQLException;
    }

    /** Store work that yields a value. */
    @FunctionalInterface
    private interface SqlStep<T> {
        T run() throws SQLException;
    }
}
