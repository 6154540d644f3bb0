package org.ddworkbench.ui.reports;

import static org.ddworkbench.ui.I18n.tr;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ddworkbench.report.ReportDimension;
import org.ddworkbench.report.packet.PacketCell;
import org.ddworkbench.report.packet.PacketTable;

/**
 * One released table laid out for the screen: a row per label (and the total row when published), a column per
 * label (and the total column), suppressed cells shown as "x", and the reasons for suppression as notes.
 *
 * @param title the table's title, with its page when the report has pages
 * @param unit what a value counts or measures, or an empty string
 * @param rowHeading the heading of the label column, such as "Country"
 * @param columns the headings of the value columns
 * @param rows the body rows, then the total row when there is one
 * @param notes one sentence per reason for suppression, naming its cells
 * @param twoWay whether the table has a column dimension (a heat grid draws it) or is one-way (a bar chart)
 */
public record PacketGrid(String title, String unit, String rowHeading, List<String> columns, List<Row> rows,
        List<String> notes, boolean twoWay) {

    /** What a suppressed cell shows. */
    public static final String SUPPRESSED = "x";
    private static final int NAMED_CELLS = 6;

    public PacketGrid {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** One row: its label and a cell per column. */
    public record Row(String label, boolean total, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One cell.
     *
     * @param text the value as shown, "x" when suppressed, empty when the packet holds no such cell
     * @param value the published value, or null
     * @param reason why the cell is suppressed, or null
     * @param total whether the cell is a row or column total
     */
    public record Cell(String text, Double value, String reason, boolean total) {

        public boolean suppressed() {
            return reason != null;
        }
    }

    /** Lays out {@code table}. */
    public static PacketGrid of(PacketTable table) {
        Map<Long, PacketCell> cells = new HashMap<>();
        boolean totalRow = false;
        boolean totalColumn = false;
        int rowCount = table.rowLabels().size();
        int columnCount = table.columnLabels().size();
        for (PacketCell cell : table.cells()) {
            cells.put(key(cell.row(), cell.column()), cell);
            totalRow |= cell.row() == rowCount;
            totalColumn |= cell.column() == columnCount;
        }
        List<String> columns = new ArrayList<>(table.columnLabels());
        if (totalColumn) {
            columns.add(tr("Total"));
        }
        int shownColumns = columns.size();
        Map<String, List<String>> suppressedByReason = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < rowCount + (totalRow ? 1 : 0); r++) {
            String rowLabel = r < rowCount ? table.rowLabels().get(r) : tr("Total");
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c < shownColumns; c++) {
                PacketCell cell = cells.get(key(r, c));
                boolean total = r == rowCount || c == columnCount;
                row.add(cell(cell, table.additive(), total));
                if (cell != null && cell.suppressed()) {
                    String where = table.columnDimension() == null ? rowLabel
                            : rowLabel + " × " + columns.get(c);
                    suppressedByReason.computeIfAbsent(reasonOf(cell), k -> new ArrayList<>()).add(where);
                }
            }
            rows.add(new Row(rowLabel, r == rowCount, row));
        }
        return new PacketGrid(table.title(), table.unit() == null ? "" : table.unit(), heading(table.rowDimension()),
                columns, rows, notes(suppressedByReason), table.columnDimension() != null);
    }

    /** The number as the screen shows it: whole numbers for counts, at most two decimals otherwise. */
    public static String number(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.getDefault()));
        return format.format(value);
    }

    /** Whether any cell of the table is suppressed. */
    public boolean anySuppressed() {
        return rows.stream().flatMap(row -> row.cells().stream()).anyMatch(Cell::suppressed);
    }

    private static Cell cell(PacketCell cell, boolean additive, boolean total) {
        if (cell == null) {
            return new Cell("", null, null, total);
        }
        if (cell.suppressed()) {
            return new Cell(SUPPRESSED, null, reasonOf(cell), total);
        }
        double value = cell.value();
        return new Cell(additive ? number(Math.rint(value)) : number(value), value, null, total);
    }

    private static String reasonOf(PacketCell cell) {
        String reason = cell.reason() == null || cell.reason().isBlank() ? cell.mark().replace('-', ' ')
                : cell.reason().strip();
        return Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
    }

    private static List<String> notes(Map<String, List<String>> suppressedByReason) {
        List<String> notes = new ArrayList<>();
        suppressedByReason.forEach((reason, where) -> {
            String named = String.join("; ", where.subList(0, Math.min(NAMED_CELLS, where.size())));
            String more = where.size() > NAMED_CELLS
                    ? tr(" and {0} more", String.valueOf(where.size() - NAMED_CELLS)) : "";
            notes.add(tr("x = {0}: {1}{2}.", reason, named, more));
        });
        return notes;
    }

    /** The dimension's noun as a column heading; a key this build does not know is shown as it is. */
    private static String heading(String dimensionKey) {
        try {
            String noun = tr(ReportDimension.parse(dimensionKey).noun());
            return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
        } catch (IllegalArgumentException unknown) {
            return dimensionKey;
        }
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | (column & 0xffffffffL);
    }
}
