package org.ddworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Groups the benchmarks. */
@Command(name = "bench", description = "Measure the workbench on generated data.",
        subcommands = {BenchAllCommand.class, BenchImportCommand.class, BenchCheckCommand.class,
            BenchReportCommand.class})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: all, import, check or report.");
    }
}
