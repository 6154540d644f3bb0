package org.ddworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Groups the commands that open and update corrective actions. */
@Command(name = "action", description = "Open or update a corrective action on a finding.",
        subcommands = {ActionOpenCommand.class, ActionUpdateCommand.class})
final class ActionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: open or update.");
    }
}
