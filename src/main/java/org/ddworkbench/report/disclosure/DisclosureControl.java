package org.ddworkbench.report.disclosure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides which cells and margins of an aggregate table may be published: primary suppression of small and
 * dominated entries, then complementary suppression so that no suppressed value can be worked out from the
 * published totals.
 *
 * <p>Structural zeros (no contributors, value zero) are published as 0: an empty cell says no supplier or
 * worker falls there, which identifies nobody, and suppressing it would protect nothing.
 */
public final class DisclosureControl {
    private final LineSuppressor lineSuppressor = new LineSuppressor();
    private final SuppressionAudit audit = new SuppressionAudit();

    /** Protects {@code table} under {@code rules}; the same input always gives the same marks. */
    public ProtectedTable protect(DisclosureTable table, DisclosureRules rules) {
        MarkGrid grid = new MarkGrid(table);
        for (Position p : grid.positions()) {
            primary(grid, p, rules);
        }
        List<Line> lines = Line.of(table);
        boolean changed = true;
        while (changed) {
            lineSuppressor.run(grid, lines);
            // Lines alone can leave a suppressed entry pinned down by a chain of lines; repair one at a time.
            changed = false;
            for (Position exposed : audit.recoverable(grid)) {
                Optional<Position> fix = audit.repair(grid, exposed);
                if (fix.isPresent()) {
                    grid.suppress(fix.get(), CellMark.SUPPRESSED_COMPLEMENTARY, "suppressed so that "
                            + exposed.describe(table) + ", which is suppressed, cannot be worked out from the totals");
                    changed = true;
                    break;
                }
            }
        }
        return new ProtectedTable(grid, rules);
    }

    private static void primary(MarkGrid grid, Position p, DisclosureRules rules) {
        CellStats stats = grid.stats(p);
        ContributorKind kind = grid.table().contributorKind();
        if (stats.contributors() > 0 && stats.contributors() < rules.minCellSize()) {
            grid.suppress(p, CellMark.SUPPRESSED_SMALL,
                    "fewer than " + rules.minCellSize() + " " + kind.plural());
        } else if (stats.largestShare() > rules.dominanceShare()) {
            grid.suppress(p, CellMark.SUPPRESSED_DOMINANCE,
                    "one supplier contributes more than " + percent(rules.dominanceShare()) + " of the cell");
        }
    }

    private static String percent(double share) {
        double pct = share * 100;
        return pct == Math.rint(pct) ? String.format(Locale.ROOT, "%.0f%%", pct)
                : String.format(Locale.ROOT, "%.1f%%", pct);
    }
}
