package org.ddworkbench.report.disclosure;

import java.util.ArrayList;
import java.util.List;

/** The working marks and reasons of every position of one table while disclosure control runs. */
final class MarkGrid {
    private final DisclosureTable table;
    private final CellMark[][] marks;
    private final String[][] reasons;

    MarkGrid(DisclosureTable table) {
        this.table = table;
        this.marks = new CellMark[table.rows() + 1][table.columns() + 1];
        this.reasons = new String[table.rows() + 1][table.columns() + 1];
        for (int r = 0; r <= table.rows(); r++) {
            for (int c = 0; c <= table.columns(); c++) {
                marks[r][c] = CellMark.PUBLISHED;
            }
        }
    }

    DisclosureTable table() {
        return table;
    }

    boolean exists(Position p) {
        return table.exists(p.row(), p.column());
    }

    CellStats stats(Position p) {
        return table.at(p.row(), p.column()).orElseThrow();
    }

    CellMark mark(Position p) {
        return marks[p.row()][p.column()];
    }

    String reason(Position p) {
        return reasons[p.row()][p.column()];
    }

    boolean suppressed(Position p) {
        return exists(p) && mark(p).isSuppressed();
    }

    void suppress(Position p, CellMark mark, String reason) {
        marks[p.row()][p.column()] = mark;
        reasons[p.row()][p.column()] = reason;
    }

    /** Every existing position, interior first then margins, in row-major order. */
    List<Position> positions() {
        List<Position> all = new ArrayList<>();
        for (int r = 0; r <= table.rows(); r++) {
            for (int c = 0; c <= table.columns(); c++) {
                Position p = new Position(r, c);
                if (exists(p)) {
                    all.add(p);
                }
            }
        }
        return all;
    }

    /** How many existing positions in the given row (or, if {@code isRow} is false, column) are suppressed. */
    int suppressedIn(boolean isRow, int index) {
        int count = 0;
        int length = isRow ? table.columns() : table.rows();
        for (int k = 0; k <= length; k++) {
            Position p = isRow ? new Position(index, k) : new Position(k, index);
            if (suppressed(p)) {
                count++;
            }
        }
        return count;
    }
}
