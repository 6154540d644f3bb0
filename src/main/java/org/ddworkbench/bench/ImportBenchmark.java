package org.ddworkbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ddworkbench.ingest.ImportOptions;
import org.ddworkbench.ingest.ImportPreview;
import org.ddworkbench.ingest.ImportResult;
import org.ddworkbench.ingest.ImportService;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.ProjectService;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/**
 * Measures the import against the bare parse it is built on: generates a worker survey as XLSX and as CSV,
 * times the parser alone on each, then imports each into a fresh encrypted project, sampling the peak heap
 * of every step.
 */
public final class ImportBenchmark {
    /** Protects only generated, fictional benchmark data in a folder deleted afterwards. */
    private static final String PASSPHRASE = "benchmark-only-passphrase";

    private final ProjectService projects;
    private final PackReader packs;
    private final ImportService imports;
    private final BareParser bareParser;

    public ImportBenchmark(ProjectService projects, PackReader packs, ImportService imports, BareParser bareParser) {
        this.projects = projects;
        this.packs = packs;
        this.imports = imports;
        this.bareParser = bareParser;
    }

    /** Runs the benchmark in a new folder under {@code settings.parentDir()}, deleted at the end unless kept. */
    public BenchmarkReport run(BenchmarkSettings settings, ProgressListener progress, CancellationToken cancellation)
            throws IOException {
        Files.createDirectories(settings.parentDir());
        Path work = Files.createTempDirectory(settings.parentDir(), "ddw-bench-");
        try {
            List<FormatRun> runs = new ArrayList<>();
            BenchmarkSurvey survey = new BenchmarkSurvey();
            if (settings.xlsxRows() > 0) {
                runs.add(measure("XLSX", work.resolve("worker-survey.xlsx"), settings.xlsxRows(),
                        (file, rows) -> survey.writeXlsx(file, rows, progress, cancellation), work, progress,
                        cancellation));
            }
            if (settings.csvRows() > 0) {
                runs.add(measure("CSV", work.resolve("worker-survey.csv"), settings.csvRows(),
                        (file, rows) -> survey.writeCsv(file, rows, progress, cancellation), work, progress,
                        cancellation));
            }
            return new BenchmarkReport(runs, Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), settings.keep() ? work : null);
        } finally {
            if (!settings.keep()) {
                BenchFolders.delete(work);
            }
        }
    }

    private FormatRun measure(String format, Path file, int rows, SurveyWriter writer, Path work,
            ProgressListener progress, CancellationToken cancellation) throws IOException {
        progress.progress(-1, "Writing a " + String.format("%,d", rows) + "-row " + format + " worker survey");
        long start = System.nanoTime();
        writer.write(file, rows);
        double generateSeconds = (System.nanoTime() - start) / 1e9;

        cancellation.throwIfCancelled();
        progress.progress(-1, "Bare parse of the " + format + " file");
        Phase bare = bareParse(file, rows);

        cancellation.throwIfCancelled();
        progress.progress(-1, "Importing the " + format + " file into a fresh encrypted project");
        Path projectDir = work.resolve("project-" + format.toLowerCase(Locale.ROOT));
        long createStart = System.nanoTime();
        char[] passphrase = PASSPHRASE.toCharArray();
        try (Project project = projects.create(projectDir, "Import benchmark (" + format + ")", passphrase,
                packs.bundled())) {
            double createSeconds = (System.nanoTime() - createStart) / 1e9;
            return importInto(project, format, file, rows, generateSeconds, bare, createSeconds, progress, cancellation);
        } catch (ProblemException e) {
            return new FormatRun(format, rows, Files.size(file), generateSeconds, bare,
                    Phase.failed(0, 0, "could not create the project: " + e.getMessage()), 0, 0, 0, 0, 0, 0);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    private Phase bareParse(Path file, int rows) {
        try (HeapSampler heap = HeapSampler.start()) {
            long start = System.nanoTime();
            try {
                long cells = bareParser.countCells(file);
                long nanos = System.nanoTime() - start;
                if (cells < rows) {
                    return Phase.failed(nanos, heap.peakBytes(), "the parser saw only " + cells + " cells");
                }
                return new Phase(rows, nanos, heap.peakBytes(), null);
            } catch (IOException e) {
                return Phase.failed(System.nanoTime() - start, heap.peakBytes(), e.getMessage());
            } catch (OutOfMemoryError e) {
                return Phase.failed(System.nanoTime() - start, heap.peakBytes(), "out of memory");
            }
        }
    }

    private FormatRun importInto(Project project, String format, Path file, int rows, double generateSeconds,
            Phase bare, double createSeconds, ProgressListener progress, CancellationToken cancellation)
            throws IOException {
        ImportOptions options = ImportOptions.DEFAULTS.withKind(DataSourceKind.WORKER_SURVEY);
        double previewSeconds = 0;
        double commitSeconds = 0;
        long rowsImported = 0;
        long valuesStored = 0;
        Phase imported;
        // The live probe's full collections stop the import; their time is left out of the import's.
        try (HeapSampler heap = HeapSampler.withLiveProbe()) {
            long start = System.nanoTime();
            try {
                ImportPreview preview = imports.preview(project, file, options,
                        scaled(progress, "Importing the " + format + " file: validating"), cancellation);
                long validated = System.nanoTime() - heap.probeNanos();
                previewSeconds = (validated - start) / 1e9;
                ImportResult result = imports.commit(project, preview, options,
                        scaled(progress, "Importing the " + format + " file: storing"), cancellation);
                long end = System.nanoTime() - heap.probeNanos();
                commitSeconds = (end - validated) / 1e9;
                rowsImported = result.rowsImported();
                valuesStored = result.valuesStored();
                imported = rowsImported < rows
                        ? Phase.failed(end - start, heap.peakBytes(), "only " + rowsImported + " of " + rows
                                + " rows were imported")
                        : new Phase(rows, end - start, heap.peakBytes(), heap.peakLiveBytes(), null);
            } catch (ProblemException e) {
                imported = Phase.failed(System.nanoTime() - start, heap.peakBytes(), e.getMessage());
            } catch (OutOfMemoryError e) {
                // The measurement the benchmark exists for: report it rather than die, the preview's memory is gone now.
                imported = Phase.failed(System.nanoTime() - start, heap.peakBytes(), "out of memory");
            }
        }
        return new FormatRun(format, rows, Files.size(file), generateSeconds, bare, imported, createSeconds,
                previewSeconds, commitSeconds, rowsImported, valuesStored, BenchFolders.size(project.directory()));
    }

    private static ProgressListener scaled(ProgressListener progress, String message) {
        return (fraction, ignored) -> progress.progress(fraction, message);
    }

    /** Writes the generated survey with a given number of rows. */
    @FunctionalInterface
    private interface SurveyWriter {
        void write(Path file, int rows) throws IOException;
    }
}
