package org.ddworkbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.ddworkbench.bench.AllBenchmarkSettings;
import org.ddworkbench.bench.AllBenchmarks;
import org.ddworkbench.bench.AllBenchmarksReport;
import org.ddworkbench.task.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ddw bench all}: every benchmark in one run and one table on standard output; its steps on standard error. */
@Command(name = "all", description = {"Run every benchmark at a realistic scale and print one table: figure, this"
        + " build, the reference measured in the same run, the ratio, the target and whether it was met. Covers the"
        + " XLSX and CSV import (against the bare parse, each size in a JVM of its own with -Xmx256m, which also gives"
        + " the heap peak per size), the check and its re-run (against a plain SQL scan), the report (against a plain"
        + " SQL GROUP BY), the encrypted store (against the same workload without encryption) and the cold start to"
        + " a usable window. Takes 10 to 25 minutes on two cores; --quick runs tiny sizes in a minute or two.",
    "Run as: java -Xmx2g -jar target/ddworkbench.jar bench all"})
final class BenchAllCommand implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--quick", description = "Tiny sizes: proves the command works, says nothing about speed.")
    boolean quick;

    @Option(names = "--monocle", paramLabel = "JAR", description = "The openjfx-monocle jar, for a headless cold"
            + " start (default: the newest in the local Maven repository; without it the cold start needs a display).")
    Path monocle;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Create the working folder in DIR (default: the system's temporary folder).")
    Path dir;

    private final Terminal terminal;
    private final AllBenchmarks benchmarks;

    BenchAllCommand(Terminal terminal, AllBenchmarks benchmarks) {
        this.terminal = terminal;
        this.benchmarks = benchmarks;
    }

    @Override
    public Integer call() throws Exception {
        if (monocle != null && !Files.isRegularFile(monocle)) {
            throw new CliProblem("There is no Monocle jar at " + monocle + ".");
        }
        Path parent = (dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"))).toAbsolutePath().normalize();
        Path monocleJar = monocle != null ? monocle.toAbsolutePath() : localMonocle();
        AllBenchmarkSettings settings = quick ? AllBenchmarkSettings.quick(monocleJar, parent)
                : AllBenchmarkSettings.full(monocleJar, parent);
        AllBenchmarksReport report;
        try {
            report = benchmarks.run(settings, new StepLines(terminal.err()), new CancellationToken());
        } catch (IOException e) {
            throw new CliProblem("The benchmarks could not use their folder in " + parent + ": " + e.getMessage(), e);
        }
        report.print(terminal.out());
        return 0;
    }

    /** The newest openjfx-monocle jar the build downloaded for its tests, or null. */
    private static Path localMonocle() {
        Path versions = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "testfx",
                "openjfx-monocle");
        if (!Files.isDirectory(versions)) {
            return null;
        }
        try (Stream<Path> found = Files.walk(versions, 2)) {
            return found.filter(p -> p.getFileName().toString().matches("openjfx-monocle-[0-9.]+\\.jar"))
                    .max(Comparator.comparing(p -> p.getFileName().toString())).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
