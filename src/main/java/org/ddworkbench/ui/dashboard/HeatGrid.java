package org.ddworkbench.ui.dashboard;

import java.util.List;
import org.ddworkbench.model.Severity;

/** The indicator heat map as the Dashboard draws it: indicator columns, and supplier rows highest risk first. */
public record HeatGrid(List<Column> columns, List<Row> rows) {

    public static final HeatGrid EMPTY = new HeatGrid(List.of(), List.of());

    public HeatGrid {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One ILO indicator. */
    public record Column(String indicatorId, String label) {
    }

    /** One supplier, with a cell for every column in order. */
    public record Row(long supplierId, String supplier, String country, String score, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One supplier × indicator.
     *
     * @param worst the worst severity among its findings, or null when it has none
     * @param text what the cell shows: the number of findings, or nothing
     * @param tooltip the supplier, indicator, count and worst severity in words
     */
    public record Cell(long supplierId, String indicatorId, Severity worst, int findings, String text,
            String tooltip) {

        public boolean empty() {
            return findings == 0;
        }
    }
}
