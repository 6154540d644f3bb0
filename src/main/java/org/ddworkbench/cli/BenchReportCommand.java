package org.ddworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ddworkbench.bench.ReportBenchmark;
import org.ddworkbench.bench.ReportBenchmarkReport;
import org.ddworkbench.bench.ReportBenchmarkSettings;
import org.ddworkbench.task.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ddw bench report}: the report benchmark, with its table on standard output and its steps on standard error. */
@Command(name = "report", description = {"Write a synthetic project (N suppliers, every one with a worker survey of M"
        + " respondents) straight into a fresh encrypted project, copy its worker rows into a plain table of the same"
        + " store, then time a country x indicator x period report of workers reporting an indicator against one"
        + " plain SQL GROUP BY computing the same figures (warm, median of three runs each), and check that both"
        + " give the same published figures.",
    "Target: the report costs at most 2x the GROUP BY."})
final class BenchReportCommand implements Callable<Integer> {
    @Option(names = "--suppliers", paramLabel = "N", defaultValue = "" + ReportBenchmarkSettings.DEFAULT_SUPPLIERS,
            description = "Synthetic suppliers (default: ${DEFAULT-VALUE}).")
    int suppliers;

    @Option(names = "--workers-per-supplier", paramLabel = "M",
            defaultValue = "" + ReportBenchmarkSettings.DEFAULT_WORKERS_PER_SUPPLIER,
            description = "Surveyed workers per supplier (default: ${DEFAULT-VALUE}).")
    int workersPerSupplier;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Create the working folder in DIR (default: the system's temporary folder).")
    Path dir;

    @Option(names = "--keep", description = "Keep the generated project instead of deleting it.")
    boolean keep;

    private final Terminal terminal;
    private final ReportBenchmark benchmark;

    BenchReportCommand(Terminal terminal, ReportBenchmark benchmark) {
        this.terminal = terminal;
        this.benchmark = benchmark;
    }

    @Override
    public Integer call() throws Exception {
        if (suppliers < 1) {
            throw new CliProblem("--suppliers must be 1 or more.");
        }
        if (workersPerSupplier < 1) {
            throw new CliProblem("--workers-per-supplier must be 1 or more.");
        }
        Path parent = (dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"))).toAbsolutePath().normalize();
        ReportBenchmarkReport report;
        try {
            report = benchmark.run(new ReportBenchmarkSettings(suppliers, workersPerSupplier, parent, keep),
                    new StepLines(terminal.err()), new CancellationToken());
        } catch (IOException e) {
            throw new CliProblem("The benchmark could not use its folder in " + parent + ": " + e.getMessage(), e);
        }
        report.print(terminal.out());
        return 0;
    }
}
