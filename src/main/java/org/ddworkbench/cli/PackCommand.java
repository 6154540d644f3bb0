package org.ddworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Groups the metric-pack commands. */
@Command(name = "pack", description = "Check and read metric packs.",
        subcommands = {PackValidateCommand.class, PackShowCommand.class})
final class PackCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: validate or show.");
    }
}
