package org.ddworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ddworkbench.bench.CheckBenchmark;
import org.ddworkbench.bench.CheckBenchmarkReport;
import org.ddworkbench.bench.CheckBenchmarkSettings;
import org.ddworkbench.task.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ddw bench check}: the cross-check benchmark, with its table on standard output and its steps on standard error. */
@Command(name = "check", description = {"Write a synthetic project (SAQ, audit and worker-survey data for N suppliers,"
        + " about 50 supplier-level values each) straight into a fresh encrypted project, then time a plain full scan"
        + " of the same tables, the first check, and a re-run with nothing changed.",
    "Targets: the check costs at most 3x the scan; the re-run is at least 5x faster than the first check."})
final class BenchCheckCommand implements Callable<Integer> {
    @Option(names = "--suppliers", paramLabel = "N", defaultValue = "" + CheckBenchmarkSettings.DEFAULT_SUPPLIERS,
            description = "Synthetic suppliers (default: ${DEFAULT-VALUE}).")
    int suppliers;

    @Option(names = "--workers-per-supplier", paramLabel = "M",
            defaultValue = "" + CheckBenchmarkSettings.DEFAULT_WORKERS_PER_SUPPLIER,
            description = "Surveyed workers per supplier (default: ${DEFAULT-VALUE}).")
    int workersPerSupplier;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Create the working folder in DIR (default: the system's temporary folder).")
    Path dir;

    @Option(names = "--keep", description = "Keep the generated project instead of deleting it.")
    boolean keep;

    private final Terminal terminal;
    private final CheckBenchmark benchmark;

    BenchCheckCommand(Terminal terminal, CheckBenchmark benchmark) {
        this.terminal = terminal;
        this.benchmark = benchmark;
    }

    @Override
    public Integer call() throws Exception {
        if (suppliers < 1) {
            throw new CliProblem("--suppliers must be 1 or more.");
        }
        if (workersPerSupplier < 0) {
            throw new CliProblem("--workers-per-supplier must be 0 or more.");
        }
        Path parent = (dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"))).toAbsolutePath().normalize();
        CheckBenchmarkReport report;
        try {
            report = benchmark.run(new CheckBenchmarkSettings(suppliers, workersPerSupplier, parent, keep),
                    new StepLines(terminal.err()), new CancellationToken());
        } catch (IOException e) {
            throw new CliProblem("The benchmark could not use its folder in " + parent + ": " + e.getMessage(), e);
        }
        report.print(terminal.out());
        return 0;
    }
}
