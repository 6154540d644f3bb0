package org.ddworkbench.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.ddworkbench.report.disclosure.CellStats;
import org.ddworkbench.report.disclosure.DisclosureTable;

/**
 * Adds the totals a report publishes to a table: row totals when the columns are a supplier dimension, column
 * totals when the rows are, and the grand total when both are.
 */
final class Margins {
    private final ReportDefinition definition;
    private final TableLayout layout;
    private final boolean workers;
    private final String page;
    private final ToIntFunction<MeasureGrid.Key> workerPopulation;

    Margins(ReportDefinition definition, TableLayout layout, boolean workers, String page,
            ToIntFunction<MeasureGrid.Key> workerPopulation) {
        this.definition = definition;
        this.layout = layout;
        this.workers = workers;
        this.page = page;
        this.workerPopulation = workerPopulation;
    }

    DisclosureTable addTo(DisclosureTable table, CellSummary[][] summaries, List<String> columnLabels) {
        boolean rowTotals = definition.columns() != null && definition.columns().ofSupplier();
        boolean columnTotals = definition.rows().ofSupplier();
        int rows = summaries.length;
        int columns = columnLabels.size();
        if (rowTotals) {
            List<CellStats> totals = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                List<MeasureGrid.Key> keys = new ArrayList<>();
                List<CellSummary> line = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    keys.add(key(r, c, columnLabels));
                    line.add(summaries[r][c]);
                }
                totals.add(CellSummary.margin(line, workers, population(keys)).stats());
            }
            table = table.withRowTotals(totals);
        }
        if (columnTotals) {
            List<CellStats> totals = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                List<MeasureGrid.Key> keys = new ArrayList<>();
                List<CellSummary> line = new ArrayList<>();
                for (int r = 0; r < rows; r++) {
                    keys.add(key(r, c, columnLabels));
                    line.add(summaries[r][c]);
                }
                totals.add(CellSummary.margin(line, workers, population(keys)).stats());
            }
            table = table.withColumnTotals(totals);
        }
        if (rowTotals && columnTotals) {
            List<MeasureGrid.Key> keys = new ArrayList<>();
            List<CellSummary> all = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    keys.add(key(r, c, columnLabels));
                    all.add(summaries[r][c]);
                }
            }
            table = table.withGrandTotal(CellSummary.margin(all, workers, population(keys)).stats());
        }
        return table;
    }

    private MeasureGrid.Key key(int row, int column, List<String> columnLabels) {
        return new MeasureGrid.Key(page, layout.rowLabels().get(row),
                layout.columnLabels() == null ? null : columnLabels.get(column));
    }

    /** A margin's group: the union of its cells' groups (workers of different suppliers never overlap). */
    private int population(List<MeasureGrid.Key> keys) {
        if (workers) {
            return keys.stream().mapToInt(workerPopulation).sum();
        }
        Set<Long> all = new HashSet<>();
        keys.forEach(key -> all.addAll(layout.supplierPopulation(key)));
        return all.size();
    }
}
