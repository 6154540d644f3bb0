package org.ddworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code ddw} command: global options and the list of commands. */
@Command(name = "ddw", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Diligence Workbench: offline forced-labour due diligence.",
            "Run without a command to open the window. Passphrases are never command-line arguments: use"
                    + " DDW_PASSPHRASE (DDW_NEW_PASSPHRASE for passwd), --passphrase-file, or the prompt."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the command failed (one line on standard error says why)",
            "2:wrong usage"},
        subcommands = {InitCommand.class, InfoCommand.class, PasswdCommand.class, VerifyCommand.class,
            PackCommand.class, SampleCommand.class, ImportCommand.class, ImportsCommand.class, UndoImportCommand.class,
            TemplateCommand.class, MappingCommand.class, CheckCommand.class, FindingsCommand.class, FindingCommand.class,
            ReviewCommand.class, RiskCommand.class, ActionsCommand.class, ActionCommand.class, BudgetCommand.class,
            ReportCommand.class, MergeCommand.class, BenchCommand.class})
final class DdwCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Read by Main before any command runs (logging) and by ErrorHandler (stack traces). */
    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show stack traces of errors and detailed log messages.")
    boolean debug;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command.");
    }
}
