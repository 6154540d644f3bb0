package org.ddworkbench.report.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Solves many random published tables to prove that nothing small is published and nothing suppressed is recoverable. */
class DisclosureProofTest {
    private static final DisclosureRules RULES = new DisclosureRules(5, 0.8);

    private final DisclosureControl control = new DisclosureControl();

    @Test
    void randomTablesPublishNoSmallOrDominatedEntryAndHideEverySuppressedOne() {
        Random random = new Random(20261122L);
        int suppressedSeen = 0;
        int complementarySeen = 0;
        for (int i = 0; i < 600; i++) {
            DisclosureTable table = randomTable(random, i);
            ProtectedTable result = control.protect(table, RULES);
            for (Position p : result.positions()) {
                CellStats stats = table.at(p.row(), p.column()).orElseThrow();
                CellMark mark = result.mark(p.row(), p.column());
                if (mark == CellMark.PUBLISHED) {
                    assertThat(stats.contributors() == 0 || stats.contributors() >= RULES.minCellSize())
                            .as("table %d: %s published with %d contributors", i, p, stats.contributors()).isTrue();
                    assertThat(stats.largestShare()).as("table %d: dominance of %s", i, p)
                            .isLessThanOrEqualTo(RULES.dominanceShare());
                } else {
                    suppressedSeen++;
                    complementarySeen += mark == CellMark.SUPPRESSED_COMPLEMENTARY ? 1 : 0;
                    assertThat(result.reason(p.row(), p.column())).isPresent();
                    assertThat(result.publishedValue(p.row(), p.column())).isEmpty();
                }
            }
            RecoveryCheck check = new RecoveryCheck(table, p -> result.mark(p.row(), p.column()).isSuppressed());
            for (Position p : check.suppressedPositive()) {
                assertThat(check.determined(p)).as("table %d: %s can be worked out", i, p).isFalse();
            }
            assertThat(new SuppressionAudit().recoverable(result)).as("table %d", i).isEmpty();
        }
        // Guards against a generator that never exercises suppression.
        assertThat(suppressedSeen).isGreaterThan(1000);
        assertThat(complementarySeen).isGreaterThan(300);
    }

    @Test
    void theProofCatchesALoneSuppressedCellInARowWithAPublishedTotal() {
        DisclosureTable table = Tables.withMargins(ContributorKind.SUPPLIERS,
                Tables.counts(new int[][] {{8, 3, 9}}), true, false, false);
        RecoveryCheck check = new RecoveryCheck(table, p -> p.equals(new Position(0, 1)));
        assertThat(check.determined(new Position(0, 1))).isTrue();

        MarkGrid grid = new MarkGrid(table);
        grid.suppress(new Position(0, 1), CellMark.SUPPRESSED_SMALL, "fewer than 5 suppliers");
        assertThat(new SuppressionAudit().recoverable(new ProtectedTable(grid, RULES)))
                .containsExactly(new Position(0, 1));
    }

    @Test
    void theProofCatchesARectangleClosedOnlyThroughAChainOfTotals() {
        // Two suppressed cells in one row are safe from that row, but with column totals each sits alone in its column.
        DisclosureTable table = Tables.withMargins(ContributorKind.SUPPLIERS,
                Tables.counts(new int[][] {{8, 3, 9}, {7, 6, 10}}), true, true, false);
        RecoveryCheck check = new RecoveryCheck(table,
                p -> p.equals(new Position(0, 1)) || p.equals(new Position(0, 0)));
        assertThat(check.determined(new Position(0, 1))).isTrue();
    }

    private static DisclosureTable randomTable(Random random, int i) {
        int rows;
        int columns;
        switch (i % 4) {
            case 0 -> { rows = 1; columns = 1 + random.nextInt(6); }
            case 1 -> { rows = 1 + random.nextInt(6); columns = 1; }
            default -> { rows = 1 + random.nextInt(6); columns = 1 + random.nextInt(6); }
        }
        boolean counts = random.nextBoolean();
        List<List<CellStats>> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<CellStats> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(randomCell(random, counts));
            }
            cells.add(row);
        }
        boolean rowTotals = random.nextInt(4) > 0;
        boolean columnTotals = random.nextInt(4) > 0;
        boolean grand = random.nextBoolean();
        return Tables.withMargins(counts ? ContributorKind.SUPPLIERS : ContributorKind.WORKERS, cells,
                rowTotals, columnTotals, grand);
    }

    private static CellStats randomCell(Random random, boolean counts) {
        double roll = random.nextDouble();
        int contributors = roll < 0.15 ? 0 : roll < 0.5 ? 1 + random.nextInt(4) : 5 + random.nextInt(26);
        if (counts || contributors == 0) {
            return CellStats.ofCount(contributors);
        }
        double value = contributors * (1 + random.nextInt(100));
        double minShare = 1.0 / contributors;
        double share = random.nextDouble() < 0.1 ? 0.8 + 0.2 * random.nextDouble()
                : minShare + (0.8 - minShare) * random.nextDouble() * 0.5;
        return new CellStats(value, contributors, Math.min(1, Math.max(minShare, share)));
    }
}
