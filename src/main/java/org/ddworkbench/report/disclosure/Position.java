package org.ddworkbench.report.disclosure;

/**
 * A place in a table: an interior cell, or a margin when {@code row} equals the table's row count (column
 * totals) or {@code column} equals its column count (row totals).
 *
 * @param row zero-based row, or the row count for the column-total row
 * @param column zero-based column, or the column count for the row-total column
 */
public record Position(int row, int column) {

    /** A plain-English name of the position in {@code table}, counting rows and columns from 1. */
    public String describe(DisclosureTable table) {
        boolean totalRow = row == table.rows();
        boolean totalColumn = column == table.columns();
        if (totalRow && totalColumn) {
            return "the grand total";
        }
        if (totalColumn) {
            return "the total of row " + (row + 1);
        }
        if (totalRow) {
            return "the total of column " + (column + 1);
        }
        return "the cell in row " + (row + 1) + ", column " + (column + 1);
    }
}
