package org.ddworkbench.report.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One measure laid out as rows × columns of cells (a one-way table is a single column), with the margins
 * that will be published alongside it; positions use index {@code rows()} for the column-total row and
 * {@code columns()} for the row-total column.
 */
public final class DisclosureTable {
    private static final double SUM_TOLERANCE = 1e-6;

    private final ContributorKind contributorKind;
    private final List<List<CellStats>> cells;
    private final List<CellStats> rowTotals;
    private final List<CellStats> columnTotals;
    private final CellStats grandTotal;

    private DisclosureTable(ContributorKind kind, List<List<CellStats>> cells, List<CellStats> rowTotals,
            List<CellStats> columnTotals, CellStats grandTotal) {
        this.contributorKind = kind;
        this.cells = cells;
        this.rowTotals = rowTotals;
        this.columnTotals = columnTotals;
        this.grandTotal = grandTotal;
    }

    /** A table without published margins; {@code cells.get(row).get(column)}. */
    public static DisclosureTable of(ContributorKind kind, List<List<CellStats>> cells) {
        Objects.requireNonNull(kind, "kind");
        if (cells.isEmpty() || cells.get(0).isEmpty()) {
            throw new IllegalArgumentException("A table needs at least one row and one column");
        }
        int width = cells.get(0).size();
        List<List<CellStats>> copy = new ArrayList<>();
        for (List<CellStats> row : cells) {
            if (row.size() != width) {
                throw new IllegalArgumentException("Every row of a table must have " + width + " cells");
            }
            copy.add(List.copyOf(row));
        }
        return new DisclosureTable(kind, List.copyOf(copy), null, null, null);
    }

    /** This table with its row totals published; each must equal the sum of its row. */
    public DisclosureTable withRowTotals(List<CellStats> totals) {
        if (totals.size() != rows()) {
            throw new IllegalArgumentException("Expected " + rows() + " row totals, got " + totals.size());
        }
        for (int r = 0; r < rows(); r++) {
            double sum = 0;
            for (int c = 0; c < columns(); c++) {
                sum += cell(r, c).value();
            }
            checkSum(sum, totals.get(r).value(), "row " + (r + 1));
        }
        return new DisclosureTable(contributorKind, cells, List.copyOf(totals), columnTotals, grandTotal);
    }

    /** This table with its column totals published; each must equal the sum of its column. */
    public DisclosureTable withColumnTotals(List<CellStats> totals) {
        if (totals.size() != columns()) {
            throw new IllegalArgumentException("Expected " + columns() + " column totals, got " + totals.size());
        }
        for (int c = 0; c < columns(); c++) {
            double sum = 0;
            for (int r = 0; r < rows(); r++) {
                sum += cell(r, c).value();
            }
            checkSum(sum, totals.get(c).value(), "column " + (c + 1));
        }
        return new DisclosureTable(contributorKind, cells, rowTotals, List.copyOf(totals), grandTotal);
    }

    /**
     * This table with its grand total published; it needs row or column totals first, because a grand total is
     * protected through the line of totals it closes (publish a one-way table's total as its column total).
     */
    public DisclosureTable withGrandTotal(CellStats total) {
        if (rowTotals == null && columnTotals == null) {
            throw new IllegalArgumentException("Publish row or column totals before the grand total");
        }
        double sum = 0;
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns(); c++) {
                sum += cell(r, c).value();
            }
        }
        checkSum(sum, total.value(), "the grand total");
        return new DisclosureTable(contributorKind, cells, rowTotals, columnTotals, Objects.requireNonNull(total));
    }

    private static void checkSum(double expected, double actual, String where) {
        if (Math.abs(expected - actual) > SUM_TOLERANCE * Math.max(1, Math.abs(expected))) {
            throw new IllegalArgumentException("The total of " + where + " does not equal the sum of its cells");
        }
    }

    public ContributorKind contributorKind() {
        return contributorKind;
    }

    public int rows() {
        return cells.size();
    }

    public int columns() {
        return cells.get(0).size();
    }

    public boolean hasRowTotals() {
        return rowTotals != null;
    }

    public boolean hasColumnTotals() {
        return columnTotals != null;
    }

    public boolean hasGrandTotal() {
        return grandTotal != null;
    }

    public CellStats cell(int row, int column) {
        return cells.get(row).get(column);
    }

    /** Whether the position names an interior cell or a published margin. */
    public boolean exists(int row, int column) {
        boolean totalRow = row == rows();
        boolean totalColumn = column == columns();
        if (row < 0 || column < 0 || row > rows() || column > columns()) {
            return false;
        }
        if (totalRow && totalColumn) {
            return hasGrandTotal();
        }
        if (totalColumn) {
            return hasRowTotals();
        }
        return !totalRow || hasColumnTotals();
    }

    /** The statistics at a position, interior or margin; empty if nothing is published there. */
    public Optional<CellStats> at(int row, int column) {
        if (!exists(row, column)) {
            return Optional.empty();
        }
        if (row == rows() && column == columns()) {
            return Optional.of(grandTotal);
        }
        if (column == columns()) {
            return Optional.of(rowTotals.get(row));
        }
        if (row == rows()) {
            return Optional.of(columnTotals.get(column));
        }
        return Optional.of(cell(row, column));
    }
}
