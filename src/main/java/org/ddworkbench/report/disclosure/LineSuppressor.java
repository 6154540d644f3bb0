package org.ddworkbench.report.disclosure;

import java.util.List;
import java.util.Optional;

/**
 * Adds complementary suppressions line by line until no published line holds exactly one suppressed entry,
 * since that entry would equal its total minus the published members, and until no line with a published total
 * leaves its withheld members nothing to share: counts cannot be negative, so members withheld beside a total
 * that the published members already reach would each be known to be 0 ("none of the one supplier there").
 */
final class LineSuppressor {

    /** Runs to a fixed point; returns whether any suppression was added. */
    boolean run(MarkGrid grid, List<Line> lines) {
        boolean changedAny = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Line line : lines) {
                List<Position> suppressed = line.entries().stream().filter(grid::suppressed).toList();
                if (suppressed.size() == 1 && complement(grid, line, suppressed.get(0))) {
                    changed = true;
                    changedAny = true;
                } else if (!suppressed.isEmpty() && !grid.suppressed(line.total())
                        && residual(grid, suppressed) <= 0) {
                    widen(grid, line);
                    changed = true;
                    changedAny = true;
                }
            }
        }
        return changedAny;
    }

    private static double residual(MarkGrid grid, List<Position> suppressedMembers) {
        return suppressedMembers.stream().mapToDouble(p -> grid.stats(p).value()).sum();
    }

    /**
     * Withholds the total: without it the withheld members keep the protection of their own suppression, while
     * withholding a published member instead would usually cost a cell the report is for.
     */
    private void widen(MarkGrid grid, Line line) {
        grid.suppress(line.total(), CellMark.SUPPRESSED_COMPLEMENTARY, "suppressed because with it the small "
                + line.memberNoun() + "s withheld in its " + line.lineNoun() + " would be known to be 0");
    }

    private boolean complement(MarkGrid grid, Line line, Position alone) {
        Optional<Position> pick = cheapestMember(grid, line);
        if (pick.isEmpty() && alone.equals(line.total())) {
            // Nothing left to hide it with; the audit reports it rather than looping forever.
            return false;
        }
        String reason;
        if (alone.equals(line.total())) {
            reason = "suppressed so that the suppressed " + line.totalNoun()
                    + " cannot be worked out from the other " + line.memberNoun() + "s of its " + line.lineNoun();
        } else {
            reason = "suppressed so that the suppressed " + line.memberNoun() + " in the same " + line.lineNoun()
                    + " cannot be worked out from the " + (line.memberNoun().equals("cell") ? "total" : line.totalNoun());
        }
        grid.suppress(pick.orElse(line.total()), CellMark.SUPPRESSED_COMPLEMENTARY, reason);
        return true;
    }

    /**
     * The published non-zero member with the smallest value, preferring one whose crossing line already has
     * suppressions (it then protects both lines), then the lowest index; zeros are never chosen because a
     * zero hides nothing from someone who knows values cannot be negative.
     */
    private Optional<Position> cheapestMember(MarkGrid grid, Line line) {
        Position best = null;
        boolean bestCrossed = false;
        for (Position p : line.members()) {
            if (grid.suppressed(p) || grid.stats(p).value() <= 0) {
                continue;
            }
            boolean crossed = grid.suppressedIn(!line.isRow(), line.crossingIndex(p)) > 0;
            double value = grid.stats(p).value();
            if (best == null || value < grid.stats(best).value()
                    || (value == grid.stats(best).value() && crossed && !bestCrossed)) {
                best = p;
                bestCrossed = crossed;
            }
        }
        return Optional.ofNullable(best);
    }
}
