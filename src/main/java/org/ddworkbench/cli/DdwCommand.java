package org.ddworkbench.cli;

import java.util.Locale;
import java.util.Map;
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
            "Run without a command to open the window (in English or Thai: --lang en|th, or DDW_LANG). Passphrases are never command-line arguments: use"
                    + " DDW_PASSPHRASE (DDW_NEW_PASSPHRASE for passwd), --passphrase-file, or the prompt."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the command failed (one line on standard error says why)",
            "2:wrong usage"},
        subcommands = {InitCommand.class, InfoCommand.class, PasswdCommand.class, VerifyCommand.class,
            PackCommand.class, SampleCommand.class, ImportCommand.class, ImportsCommand.class, UndoImportCommand.class,
            TemplateCommand.class, MappingCommand.class, CheckCommand.class, FindingsCommand.class, FindingCommand.class,
            ReviewCommand.class, RiskCommand.class, ActionsCommand.class, ActionCommand.class, BudgetCommand.class,
            ReportCommand.class, MergeCommand.class, BackupCommand.class, RestoreCommand.class,
            RecoveryCodeCommand.class, RecoverCommand.class, BenchCommand.class})
final class DdwCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Read by Main before any command runs (logging) and by ErrorHandler (stack traces). */
    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show stack traces of errors and detailed log messages.")
    boolean debug;

    private final WindowOpener windowOpener;

    /** Applies {@code DDW_LANG} from {@code environment} first, so that {@code --lang}, parsed later, wins. */
    DdwCommand(WindowOpener windowOpener, Map<String, String> environment) {
        this.windowOpener = windowOpener;
        WindowLanguage.applyEnvironment(environment);
    }

    /**
     * Sets the default locale as soon as it is parsed, so that it holds for the window any command opens
     * ({@code ddw --lang th sample --open}). Local, because {@code template --lang} chooses the template's language.
     */
    @Option(names = "--lang", scope = ScopeType.LOCAL, paramLabel = "LANGUAGE",
            description = "Language of the window: en or th (default: DDW_LANG, else the system's language).")
    void language(String tag) {
        Locale.setDefault(WindowLanguage.parse(tag).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Unknown language '" + tag + "': use one of " + String.join(", ", WindowLanguage.SHIPPED) + ".")));
    }

    /** Without a command, opens the window on its start screen, as running with no arguments at all does. */
    @Override
    public Integer call() {
        windowOpener.open(null, null);
        return 0;
    }
}
