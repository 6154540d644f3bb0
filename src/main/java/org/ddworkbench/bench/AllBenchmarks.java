package org.ddworkbench.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/**
 * Runs every benchmark in one go, each against the reference it is measured by in the same run: the import (in a
 * JVM of its own per format and size, with a small heap, which also gives the heap peak per size), the check, the
 * report, the encrypted store against a plain one, and the cold start to a usable window.
 */
public final class AllBenchmarks {
    private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(30);

    private final CheckBenchmark checks;
    private final ReportBenchmark reports;

    public AllBenchmarks(CheckBenchmark checks, ReportBenchmark reports) {
        this.checks = checks;
        this.reports = reports;
    }

    /** Runs everything in a new folder under {@code settings.parentDir()}, deleted at the end. */
    public AllBenchmarksReport run(AllBenchmarkSettings settings, ProgressListener progress,
            CancellationToken cancellation) throws IOException, ProblemException {
        double loadBefore = load();
        long start = System.nanoTime();
        return BenchFolders.inNewFolder(settings.parentDir(), "ddw-bench-all-", false, work -> {
            ChildJvm jvm = ChildJvm.current(work.resolve("home"));
            List<ImportFigures> imports = imports(settings, jvm, work, progress, cancellation);

            cancellation.throwIfCancelled();
            progress.progress(-1, "Check benchmark");
            Outcome<CheckBenchmarkReport> check = outcome(() -> checks.run(new CheckBenchmarkSettings(
                    settings.checkSuppliers(), settings.checkWorkersPerSupplier(), work, false), progress, cancellation));

            cancellation.throwIfCancelled();
            progress.progress(-1, "Report benchmark");
            Outcome<ReportBenchmarkReport> report = outcome(() -> reports.run(new ReportBenchmarkSettings(
                    settings.reportSuppliers(), settings.reportWorkersPerSupplier(), work, false), progress,
                    cancellation));

            cancellation.throwIfCancelled();
            progress.progress(-1, String.format("Encrypted and plain store, %,d rows written and read",
                    settings.storeRows()));
            Outcome<StoreEncryption.Result> store = outcome(() -> new StoreEncryption().measure(
                    Files.createDirectories(work.resolve("store")), settings.storeRows(), settings.storeRuns()));

            cancellation.throwIfCancelled();
            ColdStart coldStart = new ColdStart(jvm, settings.monocleJar(), System.getenv("DISPLAY") != null);
            progress.progress(-1, "Cold start to a usable window (" + coldStart.how() + ")");
            ColdStart.Result started = coldStart.measure(settings.coldStartRuns());

            return new AllBenchmarksReport(settings, imports, check, report, store, started, coldStart.how(),
                    Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), loadBefore, load(), BenchFolders.secondsSince(start));
        });
    }

    /** One JVM per size, importing that size of both formats, so JVM start and project creation are paid once. */
    private static List<ImportFigures> imports(AllBenchmarkSettings settings, ChildJvm jvm, Path work,
            ProgressListener progress, CancellationToken cancellation) throws IOException {
        List<ImportFigures> figures = new ArrayList<>();
        Path dir = Files.createDirectories(work.resolve("import"));
        for (int size = 0; size < settings.xlsxRows().size(); size++) {
            cancellation.throwIfCancelled();
            int xlsx = settings.xlsxRows().get(size);
            int csv = settings.csvRows().get(size);
            progress.progress(-1, String.format("Import benchmark, %,d XLSX and %,d CSV rows, in a JVM of its own with"
                    + " -Xmx%s", xlsx, csv, settings.importHeap()));
            figures.addAll(importInChild(jvm, dir, xlsx, csv, settings.importHeap()));
        }
        return figures;
    }

    private static List<ImportFigures> importInChild(ChildJvm jvm, Path dir, int xlsx, int csv, String heap)
            throws IOException {
        List<String> args = List.of("bench", "import", "--rows-xlsx", "" + xlsx, "--rows-csv", "" + csv, "--dir",
                dir.toString(), "--figures");
        ChildJvm.Run run = jvm.run(List.of("-Xmx" + heap), null, args, null, IMPORT_TIMEOUT);
        List<ImportFigures> figures = new ArrayList<>();
        for (String format : List.of("XLSX", "CSV")) {
            int rows = format.equals("XLSX") ? xlsx : csv;
            figures.add(run.lines().stream().map(ImportFigures::parse).flatMap(Optional::stream)
                    .filter(f -> f.format().equals(format)).findFirst()
                    .orElseGet(() -> new ImportFigures(format, rows, 0, 0, 0, 0, 0, 0, 0, 0, run.timedOut()
                            ? "no figures within " + IMPORT_TIMEOUT.toMinutes() + " minutes"
                            : "the import benchmark's JVM ended with exit code " + run.exitCode() + " and no figures")));
        }
        return figures;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static <T> Outcome<T> outcome(Measured<T> step) {
        try {
            return new Outcome<>(step.run(), null);
        } catch (ProblemException | IOException e) {
            return new Outcome<>(null, e.getMessage());
        } catch (SQLException e) {
            return new Outcome<>(null, "the store failed: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return new Outcome<>(null, "out of memory; run with a larger -Xmx");
        }
    }

    /** A benchmark's report, or why it has none. */
    record Outcome<T>(T value, String failure) {
    }

    /** One benchmark, run as a whole. */
    @FunctionalInterface
    private interface Measured<T> {
        T run() throws ProblemException, IOException, SQLException;
    }
}
