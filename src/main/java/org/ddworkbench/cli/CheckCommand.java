package org.ddworkbench.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.ddworkbench.App;
import org.ddworkbench.check.CheckService.CheckOptions;
import org.ddworkbench.check.CheckService.FindingQuery;
import org.ddworkbench.model.CheckSummary;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ddw check}: runs every cross-check rule of the project's pack and says what it found. */
@Command(name = "check", description = {"Run every cross-check rule of the project's pack over its data (thresholds,"
        + " SAQ vs audit vs workers, audit quality, coverage, indicator combinations) and print a summary: findings"
        + " opened, closed and open, by severity and by ILO indicator.",
    "Only suppliers whose data changed since the last check are evaluated again, unless --full. The run is recorded"
            + " in the activity log."})
final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Measure audit age and the assessment period from this date (default: the project's as-of"
                    + " date, or today).")
    LocalDate asOf;

    @Option(names = "--full", description = "Evaluate every supplier, even those whose data did not change.")
    boolean full;

    @Option(names = "--json", description = "Print the summary and the open findings as JSON.")
    boolean json;

    @Mixin
    PassphraseFileOption passphraseFile;

    private final App app;
    private final Terminal terminal;
    private final PassphraseSource passphrases;

    CheckCommand(App app, Terminal terminal, PassphraseSource passphrases) {
        this.app = app;
        this.terminal = terminal;
        this.passphrases = passphrases;
    }

    @Override
    public Integer call() throws Exception {
        try (Project project = passphrases.open(app.projects(), dir.toAbsolutePath().normalize(), passphraseFile.file)) {
            CheckSummary summary = app.checks().run(project, new CheckOptions(asOf, full),
                    new ProgressLines(terminal.err(), "checking"), new CancellationToken());
            MetricPack pack = project.pack().pack();
            if (json) {
                List<Finding> open = app.checks().findings(project, FindingQuery.OPEN);
                terminal.out().println(new FindingJson(pack).check(summary, open));
            } else {
                SummaryText.print(terminal.out(), pack, summary);
            }
        }
        return 0;
    }
}
