package org.ddworkbench.report.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds suppressed entries that the published values pin down, and the published entry whose suppression
 * would protect one.
 *
 * <p>The table's lines form a bipartite graph: a node per row line and per column line (including the row
 * of column totals and the column of row totals), an edge per entry. A node whose line is not published
 * constrains nothing, so all such nodes are merged into one free node. Adding and subtracting the same
 * amount alternately around a cycle of suppressed entries keeps every published sum, so a suppressed entry
 * on such a cycle of suppressed entries can take a range of values; one on no such cycle (a bridge) equals a sum
 * of published values and is recoverable. A withheld zero counts like any withheld entry: the reader does not
 * know it is zero, and a line that would pin it to zero through its total is withheld by {@link LineSuppressor}.
 * Structural zeros (nobody there) are published and constrain nothing.
 */
public final class SuppressionAudit {

    /** The suppressed entries that could be worked out from what is published. */
    public List<Position> recoverable(ProtectedTable result) {
        return recoverable(result.grid());
    }

    List<Position> recoverable(MarkGrid grid) {
        List<Position> exposed = new ArrayList<>();
        for (Position p : grid.positions()) {
            if (hidden(grid, p) && !onCycle(grid, p)) {
                exposed.add(p);
            }
        }
        return exposed;
    }

    /** The cheapest published positive entry that would put {@code exposed} on a cycle, if any. */
    Optional<Position> repair(MarkGrid grid, Position exposed) {
        int[] parent = components(grid, exposed);
        int a = find(parent, node(grid, true, exposed.row()));
        int b = find(parent, node(grid, false, exposed.column()));
        Position best = null;
        for (Position p : grid.positions()) {
            if (grid.suppressed(p) || grid.stats(p).value() <= 0) {
                continue;
            }
            int x = find(parent, node(grid, true, p.row()));
            int y = find(parent, node(grid, false, p.column()));
            boolean bridges = (x == a && y == b) || (x == b && y == a);
            if (bridges && (best == null || grid.stats(p).value() < grid.stats(best).value())) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean onCycle(MarkGrid grid, Position p) {
        int[] parent = components(grid, p);
        return find(parent, node(grid, true, p.row())) == find(parent, node(grid, false, p.column()));
    }

    /** A suppressed entry with something to hide: a value, or contributors whose zero is the secret. */
    private static boolean hidden(MarkGrid grid, Position p) {
        return grid.suppressed(p) && (grid.stats(p).value() > 0 || grid.stats(p).contributors() > 0);
    }

    /** Union-find over the hidden entries other than {@code leftOut}. */
    private int[] components(MarkGrid grid, Position leftOut) {
        DisclosureTable t = grid.table();
        int[] parent = new int[t.rows() + t.columns() + 3];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (Position q : grid.positions()) {
            if (!q.equals(leftOut) && hidden(grid, q)) {
                parent[find(parent, node(grid, true, q.row()))] = find(parent, node(grid, false, q.column()));
            }
        }
        return parent;
    }

    /** The graph node of a row or column line; every unpublished line maps to the shared free node. */
    private static int node(MarkGrid grid, boolean isRow, int index) {
        DisclosureTable t = grid.table();
        int free = t.rows() + t.columns() + 2;
        boolean published;
        if (isRow) {
            published = index < t.rows() ? t.hasRowTotals() : t.hasColumnTotals() && t.hasGrandTotal();
            return published ? index : free;
        }
        published = index < t.columns() ? t.hasColumnTotals() : t.hasRowTotals() && t.hasGrandTotal();
        return published ? t.rows() + 1 + index : free;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
