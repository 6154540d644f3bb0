package org.ddworkbench.report.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * One published additive relation of a table: its members add up to its total, so a single suppressed entry in
 * it could be worked out by subtraction.
 *
 * @param members the entries that add up to the total
 * @param total the published total of the members
 * @param isRow whether the line runs along a row (its members differ by column)
 * @param index the row or column index of the line (the row or column count for the lines of totals)
 * @param memberNoun what a member is called in reasons
 * @param lineNoun what the line is called in reasons
 * @param totalNoun what its total is called in reasons
 */
record Line(List<Position> members, Position total, boolean isRow, int index, String memberNoun, String lineNoun,
        String totalNoun) {

    /** Every line of the table, given which margins it publishes. */
    static List<Line> of(DisclosureTable table) {
        int rows = table.rows();
        int columns = table.columns();
        List<Line> lines = new ArrayList<>();
        if (table.hasRowTotals()) {
            for (int r = 0; r < rows; r++) {
                List<Position> members = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    members.add(new Position(r, c));
                }
                lines.add(new Line(members, new Position(r, columns), true, r, "cell", "row", "row total"));
            }
        }
        if (table.hasColumnTotals()) {
            for (int c = 0; c < columns; c++) {
                List<Position> members = new ArrayList<>();
                for (int r = 0; r < rows; r++) {
                    members.add(new Position(r, c));
                }
                lines.add(new Line(members, new Position(rows, c), false, c, "cell", "column", "column total"));
            }
        }
        if (table.hasGrandTotal() && table.hasRowTotals()) {
            List<Position> members = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                members.add(new Position(r, columns));
            }
            lines.add(new Line(members, new Position(rows, columns), false, columns, "row total",
                    "column of row totals", "grand total"));
        }
        if (table.hasGrandTotal() && table.hasColumnTotals()) {
            List<Position> members = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                members.add(new Position(rows, c));
            }
            lines.add(new Line(members, new Position(rows, columns), true, rows, "column total",
                    "row of column totals", "grand total"));
        }
        return lines;
    }

    /** The members and the total together. */
    List<Position> entries() {
        List<Position> all = new ArrayList<>(members);
        all.add(total);
        return all;
    }

    /** The index of the line crossing this one at {@code member}. */
    int crossingIndex(Position member) {
        return isRow ? member.column() : member.row();
    }
}
