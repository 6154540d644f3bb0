package org.ddworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ddworkbench.bench.BenchmarkReport;
import org.ddworkbench.bench.BenchmarkSettings;
import org.ddworkbench.bench.ImportBenchmark;
import org.ddworkbench.task.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ddw bench import}: the import benchmark, with its table on standard output and its steps on standard error. */
@Command(name = "import", description = {"Generate a worker survey as XLSX and as CSV, time the bare parse of each,"
        + " import each into a fresh encrypted project, and print rows per second, seconds and peak heap next to"
        + " the bare parse. Target: import <= 1.5x the bare parse, and success with -Xmx256m.",
    "Run as: java -Xmx256m -jar target/ddworkbench.jar bench import"})
final class BenchImportCommand implements Callable<Integer> {
    @Option(names = "--rows-xlsx", paramLabel = "N", defaultValue = "" + BenchmarkSettings.DEFAULT_XLSX_ROWS,
            description = "Rows of the XLSX survey, 0 to skip it (default: ${DEFAULT-VALUE}).")
    int xlsxRows;

    @Option(names = "--rows-csv", paramLabel = "N", defaultValue = "" + BenchmarkSettings.DEFAULT_CSV_ROWS,
            description = "Rows of the CSV survey, 0 to skip it (default: ${DEFAULT-VALUE}).")
    int csvRows;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Create the working folder in DIR (default: the system's temporary folder).")
    Path dir;

    @Option(names = "--keep", description = "Keep the generated files and projects instead of deleting them.")
    boolean keep;

    /** For {@code bench all}, which runs this command in a JVM of its own and reads these lines back. */
    @Option(names = "--figures", hidden = true)
    boolean figures;

    private final Terminal terminal;
    private final ImportBenchmark benchmark;

    BenchImportCommand(Terminal terminal, ImportBenchmark benchmark) {
        this.terminal = terminal;
        this.benchmark = benchmark;
    }

    @Override
    public Integer call() throws Exception {
        if (xlsxRows < 0 || csvRows < 0) {
            throw new CliProblem("Row counts must be 0 or more.");
        }
        Path parent = (dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"))).toAbsolutePath().normalize();
        BenchmarkReport report;
        try {
            report = benchmark.run(new BenchmarkSettings(xlsxRows, csvRows, parent, keep), new StepLines(terminal.err()),
                    new CancellationToken());
        } catch (IOException e) {
            throw new CliProblem("The benchmark could not write its files in " + parent + ": " + e.getMessage(), e);
        }
        report.print(terminal.out());
        if (figures) {
            report.printFigures(terminal.out());
        }
        return 0;
    }
}
