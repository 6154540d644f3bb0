package org.ddworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Groups the column-mapping commands. */
@Command(name = "mapping", description = "Propose column mappings for foreign file layouts.",
        subcommands = MappingSuggestCommand.class)
final class MappingCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: suggest.");
    }
}
