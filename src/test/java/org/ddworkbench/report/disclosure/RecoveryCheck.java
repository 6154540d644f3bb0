package org.ddworkbench.report.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Solves a published table the way an attacker would, independently of the production audit: writes every
 * published sum as a linear equation in the suppressed entries and asks, by exact rank comparison, whether a
 * suppressed entry is fixed by those equations.
 *
 * <p>If it is not fixed, the equations have a solution direction that changes it; suppressed entries with
 * value zero are held fixed (as if the attacker knew them), so all moving entries are strictly positive and a
 * small step either way keeps every value non-negative: the entry then has a feasible range of width above 0.
 */
public final class RecoveryCheck {
    private static final double EPS = 1e-9;

    private final DisclosureTable table;
    private final List<Position> unknowns = new ArrayList<>();
    private final List<double[]> equations = new ArrayList<>();

    public RecoveryCheck(DisclosureTable table, Predicate<Position> suppressed) {
        this.table = table;
        int rows = table.rows();
        int columns = table.columns();
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                Position p = new Position(r, c);
                if (table.exists(r, c) && suppressed.test(p) && table.at(r, c).orElseThrow().value() > 0) {
                    unknowns.add(p);
                }
            }
        }
        // Row sums: cells of row r (or the column totals when r is the total row) minus the line's total.
        if (table.hasRowTotals()) {
            for (int r = 0; r < rows; r++) {
                equation(r, true, columns);
            }
        }
        if (table.hasColumnTotals() && table.hasGrandTotal()) {
            equation(rows, true, columns);
        }
        if (table.hasColumnTotals()) {
            for (int c = 0; c < columns; c++) {
                equation(c, false, rows);
            }
        }
        if (table.hasRowTotals() && table.hasGrandTotal()) {
            equation(columns, false, rows);
        }
    }

    private void equation(int index, boolean isRow, int length) {
        double[] row = new double[unknowns.size()];
        for (int k = 0; k <= length; k++) {
            Position p = isRow ? new Position(index, k) : new Position(k, index);
            int u = unknowns.indexOf(p);
            if (u >= 0) {
                row[u] = k == length ? -1 : 1;
            }
        }
        equations.add(row);
    }

    /** Whether the published values fix the suppressed entry at {@code p} (only positive entries are asked about). */
    public boolean determined(Position p) {
        int u = unknowns.indexOf(p);
        if (u < 0) {
            throw new IllegalArgumentException(p + " is not a suppressed positive entry");
        }
        double[] unit = new double[unknowns.size()];
        unit[u] = 1;
        List<double[]> extended = new ArrayList<>(equations);
        extended.add(unit);
        return rank(extended) == rank(equations);
    }

    public List<Position> suppressedPositive() {
        return List.copyOf(unknowns);
    }

    private static int rank(List<double[]> input) {
        if (input.isEmpty()) {
            return 0;
        }
        double[][] m = input.stream().map(double[]::clone).toArray(double[][]::new);
        int width = m[0].length;
        int rank = 0;
        for (int col = 0; col < width && rank < m.length; col++) {
            int pivot = rank;
            for (int r = rank + 1; r < m.length; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][col]) < EPS) {
                continue;
            }
            double[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            for (int r = 0; r < m.length; r++) {
                if (r != rank) {
                    double f = m[r][col] / m[rank][col];
                    for (int k = col; k < width; k++) {
                        m[r][k] -= f * m[rank][k];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
