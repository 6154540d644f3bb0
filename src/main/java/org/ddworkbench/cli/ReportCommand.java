package org.ddworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.ddworkbench.App;
import org.ddworkbench.report.Measure;
import org.ddworkbench.report.ReportDefinition;
import org.ddworkbench.report.ReportDimension;
import org.ddworkbench.report.ReportResult;
import org.ddworkbench.report.ReportTable;
import org.ddworkbench.report.disclosure.ProtectedTable;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ddw report}: a preview of an aggregate report on the terminal, showing only values disclosure control published. */
@Command(name = "report", description = "Preview an aggregate report: one table per measure, broken down by one or"
        + " two dimensions, with small or dominated cells suppressed (shown as x, with the reason below the table).")
final class ReportCommand implements Callable<Integer> {
    private static final String TOTAL = "Total";

    @Parameters(paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Option(names = "--by", required = true, split = ",", paramLabel = "DIM", converter = ReportChoices.Dimension.class,
            description = "Rows, then optionally columns: country, sector, tier, scheme or indicator.")
    List<ReportDimension> by;

    @Option(names = "--measures", required = true, split = ",", paramLabel = "M",
            converter = ReportChoices.MeasureChoice.class,
            description = "suppliers, flagged, findings, actions-open, actions-overdue; flagged and findings may add"
                    + " a least severity, such as findings:high.")
    List<Measure> measures;

    @Option(names = "--min-cell", paramLabel = "N",
            description = "The minimum number of suppliers per published cell (not below the pack's floor).")
    Integer minCell;

    @Option(names = "--totals", description = "Publish row, column and grand totals where disclosure control allows.")
    boolean totals;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "Report", description = "The report's name.")
    String name;

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
        if (by.size() > 2) {
            throw new CliProblem("--by takes at most two dimensions (rows, then columns); got " + by.size() + ".");
        }
        ReportDefinition definition = new ReportDefinition(name, by.get(0), by.size() > 1 ? by.get(1) : null,
                measures, minCell, totals);
        ReportResult result;
        try (Project project = passphrases.open(app.projects(), dir.toAbsolutePath().normalize(), passphraseFile.file)) {
            result = app.reports().preview(project, definition, LocalDate.now(),
                    new ProgressLines(terminal.err(), "reporting"), new CancellationToken());
        }
        PrintWriter out = terminal.out();
        out.printf(Locale.ROOT, "%s: pack %s %s (%s); minimum cell size %d, dominance share %s%n",
                definition.name().strip(), result.packId(), result.packVersion(), shortHash(result.packFingerprint()),
                result.minCellSize(), percent(result.dominanceShare()));
        for (ReportTable table : result.tables()) {
            out.println();
            print(out, table);
        }
        return 0;
    }

    private static void print(PrintWriter out, ReportTable table) {
        ProtectedTable cells = table.cells();
        int rows = table.rowLabels().size();
        int columns = table.columnLabels().size();
        boolean rowTotals = cells.table().hasRowTotals();
        boolean columnTotals = cells.table().hasColumnTotals();
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(table.columnLabels());
        if (rowTotals) {
            header.add(TOTAL);
        }
        lines.add(header);
        for (int r = 0; r < rows + (columnTotals ? 1 : 0); r++) {
            List<String> line = new ArrayList<>();
            line.add(r < rows ? table.rowLabels().get(r) : TOTAL);
            for (int c = 0; c < columns + (rowTotals ? 1 : 0); c++) {
                line.add(r == rows && c == columns && !cells.table().hasGrandTotal() ? ""
                        : cell(cells, r, c, table, reasons));
            }
            lines.add(line);
        }
        out.println(table.title());
        int[] widths = new int[header.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-" + widths[0] + "s", line.get(0)));
            for (int i = 1; i < line.size(); i++) {
                text.append("  ").append(String.format(Locale.ROOT, "%" + widths[i] + "s", line.get(i)));
            }
            out.println(text.toString().stripTrailing());
        }
        int number = 1;
        for (Map.Entry<String, List<String>> reason : reasons.entrySet()) {
            out.printf("  %d. x at %s: %s%n", number++, String.join(", ", reason.getValue()), reason.getKey());
        }
    }

    private static String cell(ProtectedTable cells, int row, int column, ReportTable table,
            Map<String, List<String>> reasons) {
        OptionalDouble value = cells.publishedValue(row, column);
        if (value.isPresent()) {
            return Long.toString(Math.round(value.getAsDouble()));
        }
        String reason = cells.reason(row, column).orElse("suppressed");
        reasons.computeIfAbsent(reason, r -> new ArrayList<>()).add(place(table, row, column));
        return "x";
    }

    /** The position named by its labels rather than by numbers, so the reason can be read next to the table. */
    private static String place(ReportTable table, int row, int column) {
        int rows = table.rowLabels().size();
        int columns = table.columnLabels().size();
        String rowLabel = row < rows ? table.rowLabels().get(row) : TOTAL;
        if (columns == 1 && column == 0) {
            return rowLabel;
        }
        String columnLabel = column < columns ? table.columnLabels().get(column) : TOTAL;
        return rowLabel + " / " + columnLabel;
    }

    private static String shortHash(String sha256) {
        return sha256 != null && sha256.length() > 12 ? sha256.substring(0, 12) : String.valueOf(sha256);
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
