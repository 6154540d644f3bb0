package org.ddworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ddworkbench.App;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.report.Measure;
import org.ddworkbench.report.PacketAssembler;
import org.ddworkbench.report.Release;
import org.ddworkbench.report.ReleaseOptions;
import org.ddworkbench.report.ReportDefinition;
import org.ddworkbench.report.ReportDimension;
import org.ddworkbench.report.ReportPresets;
import org.ddworkbench.report.ReportResult;
import org.ddworkbench.report.export.ExportFormat;
import org.ddworkbench.report.packet.PacketSource;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ddw report}: an aggregate report, previewed on the terminal or released as a file; either way only values
 * disclosure control published are shown.
 */
@Command(name = "report", description = "Preview or export an aggregate report: one table per measure, broken down by"
        + " up to three dimensions (rows, columns, pages), with small or dominated cells suppressed (x, with the"
        + " reason). With --out the report is exported, logged and given a receipt; --epsilon adds"
        + " differential-privacy noise and spends that much of the project's budget.")
final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Option(names = "--by", split = ",", paramLabel = "DIM", converter = ReportChoices.Dimension.class,
            description = "Rows, then optionally columns and pages: country, sector, tier, scheme, risk-band, indicator or"
                    + " period.")
    List<ReportDimension> by;

    @Option(names = "--measures", split = ",", paramLabel = "M", converter = ReportChoices.MeasureChoice.class,
            description = "suppliers, flagged, flagged-share, findings, actions-open, actions-overdue,"
                    + " actions-closed, with-saq, audited, surveyed, workers, workers-reporting, or"
                    + " metric:ID:STAT (STAT mean, median, p25, p75, p90); flagged, flagged-share and findings may"
                    + " add a least severity, such as findings:high.")
    List<Measure> measures;

    @Option(names = "--definition", paramLabel = "NAME",
            description = "Use the saved report definition of this name instead of --by and --measures.")
    String savedName;

    @Option(names = "--summary", description = "The due diligence summary in one report: indicator prevalence by"
            + " country, the risk distribution and corrective actions by country (instead of --by and --measures).")
    boolean summary;

    @Option(names = "--save", description = "Save this definition under --name for later use (in the window too).")
    boolean save;

    @Option(names = "--min-cell", paramLabel = "N",
            description = "The minimum number of contributors per published cell (not below the pack's floor).")
    Integer minCell;

    @Option(names = "--totals", description = "Publish row, column and grand totals where disclosure control allows.")
    boolean totals;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "Report", description = "The report's name.")
    String name;

    @Option(names = "--format", paramLabel = "FORMAT", description = "xlsx, csv, pdf or json (the aggregate packet);"
            + " defaults to the extension of --out.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Export to this file instead of printing a preview.")
    Path out;

    @Option(names = "--epsilon", paramLabel = "E", description = "Add differential-privacy noise, spending E of the"
            + " project's privacy budget.")
    Double epsilon;

    @Option(names = "--organisation", paramLabel = "LABEL", defaultValue = "Unnamed organisation",
            description = "How this organisation is named in the export, such as \"Buyer A\".")
    String organisation;

    @Mixin
    PassphraseFileOption passphraseFile;

    private final App app;
    private final Terminal terminal;
    private final PassphraseSource passphrases;

    ReportCommand(App app, Terminal terminal, PassphraseSource passphrases) {
        this.app = app;
        this.terminal = terminal;
        this.passphrases = passphrases;
    }

    @Override
    public Integer call() throws Exception {
        if (!summary && savedName == null && (by == null || measures == null)) {
            throw new CliProblem("Give --by and --measures, --definition with the name of a saved report, or"
                    + " --summary.");
        }
        if (summary && (savedName != null || by != null || measures != null || save)) {
            throw new CliProblem("--summary is a report of its own: leave out --by, --measures, --definition and"
                    + " --save.");
        }
        if (by != null && by.size() > 3) {
            throw new CliProblem("--by takes at most three dimensions (rows, columns, pages); got " + by.size() + ".");
        }
        if (out == null && (format != null || epsilon != null)) {
            throw new CliProblem("--format and --epsilon apply to an export: give --out FILE as well.");
        }
        PrintWriter printed = terminal.out();
        try (Project project = passphrases.open(app.projects(), dir.toAbsolutePath().normalize(), passphraseFile.file)) {
            if (summary) {
                return release(project, ReportPresets.SUMMARY, ReportPresets.summary(minCell), printed);
            }
            ReportDefinition definition = savedName != null ? saved(project)
                    : new ReportDefinition(name, by.get(0), by.size() > 1 ? by.get(1) : null,
                            by.size() > 2 ? by.get(2) : null, measures, minCell, totals);
            if (save) {
                app.reports().saveDefinition(project, definition);
                printed.printf("Saved the report definition \"%s\".%n", definition.name().strip());
            }
            return release(project, definition.name().strip(), List.of(definition), printed);
        }
    }

    /** Prints the sections' preview, or with --out releases them as one file. */
    private int release(Project project, String title, List<ReportDefinition> sections, PrintWriter printed)
            throws ProblemException {
        ProgressLines progress = new ProgressLines(terminal.err(), "reporting");
        if (out == null) {
            List<ReportResult> results = new ArrayList<>();
            for (ReportDefinition section : sections) {
                results.add(app.reports().preview(project, section, LocalDate.now(), progress,
                        new CancellationToken()));
            }
            PacketText.print(printed, PacketAssembler.packet(title, results, LocalDate.now(), null,
                    new PacketSource(organisation, "preview", null)));
            return 0;
        }
        ExportFormat chosen = format != null ? parse(format) : parse(extension(out));
        Release release = app.releaser().release(project, title, sections,
                new ReleaseOptions(chosen, out, epsilon, organisation), LocalDate.now(), progress,
                new CancellationToken());
        printed.printf(Locale.ROOT, "Exported \"%s\" to %s (%s, %d tables)%n", title,
                release.output(), chosen.extension().toUpperCase(Locale.ROOT), release.packet().tables().size());
        printed.printf("SHA-256: %s%n", release.sha256());
        printed.printf("Receipt: %s (activity-log entry %d)%n", release.receipt(), release.activitySeq());
        if (epsilon != null) {
            printed.printf(Locale.ROOT, "Spent epsilon %s of the privacy budget; see: ddw budget %s%n",
                    PacketText.number(epsilon), dir);
        }
        return 0;
    }

    private ReportDefinition saved(Project project) throws ProblemException {
        return app.reports().savedDefinitions(project).stream()
                .filter(d -> d.name().strip().equalsIgnoreCase(savedName.strip())).findFirst()
                .orElseThrow(() -> new CliProblem("There is no saved report called \"" + savedName + "\"."));
    }

    private static ExportFormat parse(String word) throws CliProblem {
        try {
            return ExportFormat.parse(word);
        } catch (IllegalArgumentException e) {
            throw new CliProblem("--format: " + e.getMessage());
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
