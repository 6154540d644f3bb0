package org.ddworkbench.cli;

import java.util.Map;
import java.util.function.Supplier;
import org.ddworkbench.App;
import org.ddworkbench.bench.AllBenchmarks;
import org.ddworkbench.bench.CheckBenchmark;
import org.ddworkbench.bench.ImportBenchmark;
import org.ddworkbench.bench.ReportBenchmark;
import org.ddworkbench.ingest.read.BareParse;
import org.ddworkbench.ingest.map.MappingProfiles;
import org.ddworkbench.ingest.template.PoiTemplateWriter;
import org.ddworkbench.ingest.template.TemplateLayouts;
import org.ddworkbench.ingest.template.TemplateWriter;
import org.ddworkbench.report.federation.PacketMerger;
import org.ddworkbench.store.PassphrasePolicy;
import picocli.CommandLine;

/**
 * The command line: builds the picocli command tree with its services injected, runs one command and
 * returns its exit code (0 success, 1 user error, 2 wrong usage).
 */
public final class Cli {
    private Cli() {
    }

    /** Runs one CLI command on the real terminal and returns its exit code: 0 success, 1 user error, 2 wrong usage. */
    public static int run(App app, WindowOpener windowOpener, String... args) {
        return run(app, windowOpener, Terminal.system(), args);
    }

    /** Runs one CLI command with the given streams, environment and prompt (tests pass their own). */
    public static int run(App app, WindowOpener windowOpener, Terminal terminal, String... args) {
        try {
            return commandLine(app, windowOpener, terminal).execute(args);
        } finally {
            terminal.out().flush();
            terminal.err().flush();
        }
    }

    static CommandLine commandLine(App app, WindowOpener windowOpener, Terminal terminal) {
        PassphraseSource passphrases =
                new PassphraseSource(terminal.environment(), terminal.prompt(), new PassphrasePolicy());
        MappingProfiles mappings = new MappingProfiles();
        Map<Class<?>, Supplier<?>> commands = Map.ofEntries(
                Map.entry(DdwCommand.class, () -> new DdwCommand(windowOpener, terminal.environment())),
                Map.entry(InitCommand.class, () -> new InitCommand(app, terminal, passphrases)),
                Map.entry(InfoCommand.class, () -> new InfoCommand(app, terminal, passphrases)),
                Map.entry(PasswdCommand.class, () -> new PasswdCommand(app, terminal, passphrases)),
                Map.entry(VerifyCommand.class, () -> new VerifyCommand(app, terminal, passphrases)),
                Map.entry(PackValidateCommand.class, () -> new PackValidateCommand(app, terminal)),
                Map.entry(PackShowCommand.class, () -> new PackShowCommand(app, terminal)),
                Map.entry(SampleCommand.class, () -> new SampleCommand(app, terminal, windowOpener)),
                Map.entry(ImportCommand.class, () -> new ImportCommand(app, terminal, passphrases, mappings)),
                Map.entry(ImportsCommand.class, () -> new ImportsCommand(app, terminal, passphrases)),
                Map.entry(UndoImportCommand.class, () -> new UndoImportCommand(app, terminal, passphrases)),
                Map.entry(TemplateCommand.class, () -> new TemplateCommand(app, terminal, passphrases, templateWriter())),
                Map.entry(MappingSuggestCommand.class,
                        () -> new MappingSuggestCommand(app, terminal, passphrases, mappings)),
                Map.entry(CheckCommand.class, () -> new CheckCommand(app, terminal, passphrases)),
                Map.entry(FindingsCommand.class, () -> new FindingsCommand(app, terminal, passphrases)),
                Map.entry(FindingCommand.class, () -> new FindingCommand(app, terminal, passphrases)),
                Map.entry(ReviewCommand.class, () -> new ReviewCommand(app, terminal, passphrases)),
                Map.entry(RiskCommand.class, () -> new RiskCommand(app, terminal, passphrases)),
                Map.entry(ActionsCommand.class, () -> new ActionsCommand(app, terminal, passphrases)),
                Map.entry(ActionOpenCommand.class, () -> new ActionOpenCommand(app, terminal, passphrases)),
                Map.entry(ActionUpdateCommand.class, () -> new ActionUpdateCommand(app, terminal, passphrases)),
                Map.entry(BudgetCommand.class, () -> new BudgetCommand(app, terminal, passphrases)),
                Map.entry(ReportCommand.class, () -> new ReportCommand(app, terminal, passphrases)),
                Map.entry(BackupCommand.class, () -> new BackupCommand(app, terminal, passphrases)),
                Map.entry(RestoreCommand.class, () -> new RestoreCommand(app, terminal, passphrases)),
                Map.entry(RecoveryCodeCommand.class, () -> new RecoveryCodeCommand(app, terminal, passphrases)),
                Map.entry(RecoverCommand.class, () -> new RecoverCommand(app, terminal, passphrases)),
                Map.entry(MergeCommand.class, () -> new MergeCommand(terminal, new PacketMerger())),
                Map.entry(BenchImportCommand.class, () -> new BenchImportCommand(terminal, benchmark(app))),
                Map.entry(BenchCheckCommand.class, () -> new BenchCheckCommand(terminal, checkBenchmark(app))),
                Map.entry(BenchReportCommand.class, () -> new BenchReportCommand(terminal, reportBenchmark(app))),
                Map.entry(BenchAllCommand.class, () -> new BenchAllCommand(terminal,
                        new AllBenchmarks(checkBenchmark(app), reportBenchmark(app)))));
        ErrorHandler errors = new ErrorHandler();
        CommandLine commandLine = new CommandLine(DdwCommand.class, new CommandFactory(commands));
        commandLine.setOut(terminal.out());
        commandLine.setErr(terminal.err());
        // Plain text: the output is read by people and by scripts and tests alike.
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setParameterExceptionHandler(errors);
        return commandLine;
    }

    private static TemplateWriter templateWriter() {
        return new PoiTemplateWriter(new TemplateLayouts());
    }

    private static CheckBenchmark checkBenchmark(App app) {
        return new CheckBenchmark(app.projects(), app.packReader(), app.checks());
    }

    private static ReportBenchmark reportBenchmark(App app) {
        return new ReportBenchmark(app.projects(), app.packReader(), app.reports());
    }

    private static ImportBenchmark benchmark(App app) {
        return new ImportBenchmark(app.projects(), app.packReader(), app.imports(), new BareParse()::countCells);
    }
}
