package org.ddworkbench.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.ddworkbench.report.disclosure.CellMark;
import org.ddworkbench.report.disclosure.ContributorKind;
import org.ddworkbench.report.disclosure.Position;
import org.ddworkbench.report.disclosure.ProtectedTable;
import org.ddworkbench.report.packet.NoiseParameters;

/**
 * One measure's protected table (one per page when the report has pages): labels for its rows and columns and,
 * for every cell and published margin, its mark, its published value and why it is suppressed. Margin positions
 * are index {@code rowLabels.size()} and {@code columnLabels.size()}. Only published values leave this class.
 */
public final class ReportTable {
    /** The reason of a statistic's cell that has no answers at all. */
    public static final String NO_DATA = "No answers in this cell, so there is nothing to summarise.";

    private final Measure measure;
    private final String title;
    private final String unit;
    private final String page;
    private final List<String> rowLabels;
    private final List<String> columnLabels;
    private final ContributorKind contributorKind;
    private final ProtectedTable cells;
    private final Map<Position, Double> values;
    private final Set<Position> noData;
    private final NoiseParameters noise;

    ReportTable(Measure measure, String title, String unit, String page, List<String> rowLabels,
            List<String> columnLabels, ContributorKind contributorKind, ProtectedTable cells,
            Map<Position, Double> values, Set<Position> noData, NoiseParameters noise) {
        this.measure = Objects.requireNonNull(measure, "measure");
        this.title = title;
        this.unit = unit;
        this.page = page;
        this.rowLabels = List.copyOf(rowLabels);
        this.columnLabels = List.copyOf(columnLabels);
        this.contributorKind = contributorKind;
        this.cells = cells;
        this.values = Map.copyOf(values);
        this.noData = Set.copyOf(noData);
        this.noise = noise;
    }

    public Measure measure() {
        return measure;
    }

    /** The table's title in words. */
    public String title() {
        return title;
    }

    /** What a value counts or measures, such as "suppliers" or "hours-per-week". */
    public String unit() {
        return unit;
    }

    /** The label of this table's page, or null when the report has no pages. */
    public String page() {
        return page;
    }

    public List<String> rowLabels() {
        return rowLabels;
    }

    /** The column labels; a one-way table has one column named after the measure. */
    public List<String> columnLabels() {
        return columnLabels;
    }

    /** Whom the minimum cell size counted. */
    public ContributorKind contributorKind() {
        return contributorKind;
    }

    /** Whether values add up across cells, so totals and merges are meaningful. */
    public boolean additive() {
        return measure.kind().additive();
    }

    /** The noise on the values, or null when none was added. */
    public NoiseParameters noise() {
        return noise;
    }

    /** The protected table with its raw statistics, for tests of this package only; never exported. */
    ProtectedTable protectedCells() {
        return cells;
    }

    /** Every interior cell and published margin, row by row, margins last in each row. */
    public List<Position> positions() {
        return cells.positions();
    }

    /** Whether the table publishes a row-total column. */
    public boolean hasRowTotals() {
        return cells.table().hasRowTotals();
    }

    /** Whether the table publishes a column-total row. */
    public boolean hasColumnTotals() {
        return cells.table().hasColumnTotals();
    }

    /** The decision for a cell or margin; a statistic's cell without answers counts as too small. */
    public CellMark mark(int row, int column) {
        return noData.contains(new Position(row, column)) ? CellMark.SUPPRESSED_SMALL : cells.mark(row, column);
    }

    /** The value that may be shown (noisy when the release adds noise), or empty when suppressed. */
    public OptionalDouble published(int row, int column) {
        if (mark(row, column).isSuppressed()) {
            return OptionalDouble.empty();
        }
        Double value = values.get(new Position(row, column));
        return value == null ? cells.publishedValue(row, column) : OptionalDouble.of(value);
    }

    /** Why a cell or margin is suppressed, in plain English; empty when it is published. */
    public Optional<String> reason(int row, int column) {
        return noData.contains(new Position(row, column)) ? Optional.of(NO_DATA) : cells.reason(row, column);
    }
}
