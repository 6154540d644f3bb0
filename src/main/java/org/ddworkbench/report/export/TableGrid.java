package org.ddworkbench.report.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ddworkbench.report.packet.PacketCell;
import org.ddworkbench.report.packet.PacketTable;

/**
 * A packet table seen as a cross table: rows down and columns across in packet order, followed by a "Total"
 * row and column when the packet publishes those margins, so every format lays a table out the same way.
 */
final class TableGrid {
    static final String TOTAL = "Total";

    private final PacketTable table;
    private final Map<Position, PacketCell> cells = new HashMap<>();
    private final boolean totalRow;
    private final boolean totalColumn;

    TableGrid(PacketTable table) {
        this.table = table;
        boolean anyTotalRow = false;
        boolean anyTotalColumn = false;
        for (PacketCell cell : table.cells()) {
            cells.put(new Position(cell.row(), cell.column()), cell);
            anyTotalRow |= cell.row() == table.rowLabels().size();
            anyTotalColumn |= cell.column() == table.columnLabels().size();
        }
        this.totalRow = anyTotalRow;
        this.totalColumn = anyTotalColumn;
    }

    PacketTable table() {
        return table;
    }

    /** Whether the table crosses two dimensions; a one-way table has a single column named after its measure. */
    boolean twoWay() {
        return table.columnDimension() != null;
    }

    /** The row dimension for a reader: "risk_band" becomes "Risk band". */
    String rowDimensionLabel() {
        return dimensionLabel(table.rowDimension());
    }

    /** The column dimension for a reader, or "" for a one-way table. */
    String columnDimensionLabel() {
        return twoWay() ? dimensionLabel(table.columnDimension()) : "";
    }

    /** Rows including the total row when it is published. */
    int rows() {
        return table.rowLabels().size() + (totalRow ? 1 : 0);
    }

    /** Columns including the total column when it is published. */
    int columns() {
        return table.columnLabels().size() + (totalColumn ? 1 : 0);
    }

    /** Rows without the total row. */
    int interiorRows() {
        return table.rowLabels().size();
    }

    /** Columns without the total column. */
    int interiorColumns() {
        return table.columnLabels().size();
    }

    String rowLabel(int row) {
        return row < table.rowLabels().size() ? table.rowLabels().get(row) : TOTAL;
    }

    String columnLabel(int column) {
        return column < table.columnLabels().size() ? table.columnLabels().get(column) : TOTAL;
    }

    /** The cell at a position, or null when the packet holds none there (an unpublished margin). */
    PacketCell cell(int row, int column) {
        return cells.get(new Position(row, column));
    }

    /** The suppressed cells in reading order, row by row. */
    List<PacketCell> suppressed() {
        List<PacketCell> found = new ArrayList<>();
        for (int row = 0; row < rows(); row++) {
            for (int column = 0; column < columns(); column++) {
                PacketCell cell = cell(row, column);
                if (cell != null && cell.suppressed()) {
                    found.add(cell);
                }
            }
        }
        return found;
    }

    /** Where a cell sits, in words: "Brazil × Debt bondage", or just "Brazil" in a one-way table. */
    String position(PacketCell cell) {
        String row = rowLabel(cell.row());
        return twoWay() || cell.column() >= interiorColumns() ? row + " × " + columnLabel(cell.column()) : row;
    }

    /** The largest published interior value, for scaling charts; zero when none is positive. */
    double largestInteriorValue() {
        double largest = 0;
        for (int row = 0; row < interiorRows(); row++) {
            for (int column = 0; column < interiorColumns(); column++) {
                PacketCell cell = cell(row, column);
                if (cell != null && !cell.suppressed()) {
                    largest = Math.max(largest, cell.value());
                }
            }
        }
        return largest;
    }

    private static String dimensionLabel(String key) {
        String words = key.replace('_', ' ').strip();
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private record Position(int row, int column) {
    }
}
