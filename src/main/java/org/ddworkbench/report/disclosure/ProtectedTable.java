package org.ddworkbench.report.disclosure;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** A table after disclosure control: for every cell and published margin, its mark, value if published and reason. */
public final class ProtectedTable {
    private final MarkGrid grid;
    private final DisclosureRules rules;

    ProtectedTable(MarkGrid grid, DisclosureRules rules) {
        this.grid = grid;
        this.rules = rules;
    }

    MarkGrid grid() {
        return grid;
    }

    public DisclosureTable table() {
        return grid.table();
    }

    public DisclosureRules rules() {
        return rules;
    }

    /** Every interior cell and published margin, row by row, margins last in each row. */
    public List<Position> positions() {
        return grid.positions();
    }

    /** The decision for a cell or published margin. */
    public CellMark mark(int row, int column) {
        return grid.mark(checked(row, column));
    }

    /** The value that may be shown, or empty if the position is suppressed. */
    public OptionalDouble publishedValue(int row, int column) {
        Position p = checked(row, column);
        return grid.suppressed(p) ? OptionalDouble.empty() : OptionalDouble.of(grid.stats(p).value());
    }

    /** Why a position is suppressed, in plain English; empty if it is published. */
    public Optional<String> reason(int row, int column) {
        return Optional.ofNullable(grid.reason(checked(row, column)));
    }

    private Position checked(int row, int column) {
        Position p = new Position(row, column);
        if (!grid.exists(p)) {
            throw new IllegalArgumentException("There is no published cell at " + p.describe(grid.table()));
        }
        return p;
    }
}
