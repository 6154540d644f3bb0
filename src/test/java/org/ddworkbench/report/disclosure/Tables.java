package org.ddworkbench.report.disclosure;

import java.util.ArrayList;
import java.util.List;

/** Builds test tables whose margins are the sums of their cells, with contributors assumed distinct per cell. */
final class Tables {
    private Tables() {
    }

    static List<List<CellStats>> counts(int[][] counts) {
        List<List<CellStats>> rows = new ArrayList<>();
        for (int[] row : counts) {
            List<CellStats> cells = new ArrayList<>();
            for (int n : row) {
                cells.add(CellStats.ofCount(n));
            }
            rows.add(cells);
        }
        return rows;
    }

    static DisclosureTable withMargins(ContributorKind kind, List<List<CellStats>> cells, boolean rowTotals,
            boolean columnTotals, boolean grandTotal) {
        DisclosureTable table = DisclosureTable.of(kind, cells);
        int rows = table.rows();
        int columns = table.columns();
        if (rowTotals) {
            List<CellStats> totals = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                totals.add(combine(cells.get(r)));
            }
            table = table.withRowTotals(totals);
        }
        if (columnTotals) {
            List<CellStats> totals = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                List<CellStats> column = new ArrayList<>();
                for (int r = 0; r < rows; r++) {
                    column.add(cells.get(r).get(c));
                }
                totals.add(combine(column));
            }
            table = table.withColumnTotals(totals);
        }
        if (grandTotal && (rowTotals || columnTotals)) {
            table = table.withGrandTotal(combine(cells.stream().flatMap(List::stream).toList()));
        }
        return table;
    }

    private static CellStats combine(List<CellStats> parts) {
        double value = 0;
        int contributors = 0;
        double largest = 0;
        for (CellStats s : parts) {
            value += s.value();
            contributors += s.contributors();
            largest = Math.max(largest, s.largestShare() * s.value());
        }
        return value == 0 ? new CellStats(0, contributors, 0)
                : new CellStats(value, contributors, Math.min(1, largest / value));
    }
}
