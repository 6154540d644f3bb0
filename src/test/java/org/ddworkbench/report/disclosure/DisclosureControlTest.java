package org.ddworkbench.report.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {
    private static final DisclosureRules RULES = new DisclosureRules(5, 0.8);

    private final DisclosureControl control = new DisclosureControl();

    @Test
    void aCellFromFewerContributorsThanTheMinimumIsSuppressedWithAPlainReason() {
        DisclosureTable table = DisclosureTable.of(ContributorKind.SUPPLIERS, Tables.counts(new int[][] {{4}, {5}}));
        ProtectedTable result = control.protect(table, RULES);
        assertThat(result.mark(0, 0)).isEqualTo(CellMark.SUPPRESSED_SMALL);
        assertThat(result.reason(0, 0)).hasValue("fewer than 5 suppliers");
        assertThat(result.mark(1, 0)).isEqualTo(CellMark.PUBLISHED);
        assertThat(result.publishedValue(1, 0)).hasValue(5);
    }

    @Test
    void aDominatedCellIsSuppressed() {
        DisclosureTable table = DisclosureTable.of(ContributorKind.WORKERS,
                List.of(List.of(new CellStats(100, 12, 0.81), new CellStats(100, 12, 0.8))));
        ProtectedTable result = control.protect(table, RULES);
        assertThat(result.mark(0, 0)).isEqualTo(CellMark.SUPPRESSED_DOMINANCE);
        assertThat(result.reason(0, 0)).hasValue("one supplier contributes more than 80% of the cell");
        assertThat(result.mark(0, 1)).isEqualTo(CellMark.PUBLISHED);
    }

    @Test
    void structuralZerosArePublishedAndNeverUsedAsComplements() {
        DisclosureTable table = Tables.withMargins(ContributorKind.SUPPLIERS,
                Tables.counts(new int[][] {{3, 0, 9}}), true, false, false);
        ProtectedTable result = control.protect(table, RULES);
        assertThat(result.publishedValue(0, 1)).hasValue(0);
        assertThat(result.mark(0, 2)).isEqualTo(CellMark.SUPPRESSED_COMPLEMENTARY);
    }

    @Test
    void zerosWithheldBesideAPublishedTotalAreNotLeftNarrowedDownToZero() {
        // Four one-supplier groups with nobody flagged (each a suppressed "0 of 1") beside groups with 6 and 7
        // flagged: a published total of 13 beside the published 6 and 7 would tell that every withheld group has 0,
        // so the total is withheld and the groups the report is about stay published.
        CellStats noneOfOne = new CellStats(0, 1, 0);
        List<List<CellStats>> cells = List.of(List.of(noneOfOne), List.of(noneOfOne), List.of(noneOfOne),
                List.of(noneOfOne), List.of(CellStats.ofCount(6)), List.of(CellStats.ofCount(7)));
        DisclosureTable table = DisclosureTable.of(ContributorKind.SUPPLIERS, cells)
                .withColumnTotals(List.of(CellStats.ofCount(13)));
        ProtectedTable result = control.protect(table, RULES);

        for (int r = 0; r < 4; r++) {
            assertThat(result.mark(r, 0)).isEqualTo(CellMark.SUPPRESSED_SMALL);
        }
        assertThat(result.reason(4, 0)).isEmpty();
        assertThat(result.publishedValue(4, 0)).hasValue(6);
        assertThat(result.publishedValue(5, 0)).hasValue(7);
        assertThat(result.mark(6, 0)).isEqualTo(CellMark.SUPPRESSED_COMPLEMENTARY);
        assertThat(result.reason(6, 0)).hasValue("suppressed because with it the small cells withheld in its column"
                + " would be known to be 0");
    }

    @Test
    void marginsGetPrimarySuppressionToo() {
        DisclosureTable small = Tables.withMargins(ContributorKind.SUPPLIERS,
                Tables.counts(new int[][] {{3}, {0}}), false, true, false);
        ProtectedTable result = control.protect(small, RULES);
        assertThat(result.mark(2, 0)).isEqualTo(CellMark.SUPPRESSED_SMALL);
        assertThat(result.reason(2, 0)).hasValue("fewer than 5 suppliers");

        // The total of 7 suppliers passes the size rule, but one supplier holds 1000 of its 1100.
        DisclosureTable dominated = DisclosureTable.of(ContributorKind.SUPPLIERS,
                        List.of(List.of(new CellStats(1000, 1, 1.0), new CellStats(100, 6, 0.2))))
                .withRowTotals(List.of(new CellStats(1100, 7, 1000.0 / 1100)));
        ProtectedTable dominatedResult = control.protect(dominated, RULES);
        assertThat(dominatedResult.mark(0, 2)).isEqualTo(CellMark.SUPPRESSED_DOMINANCE);
        assertThat(dominatedResult.reason(0, 2)).hasValue("one supplier contributes more than 80% of the cell");
        assertThat(dominatedResult.mark(0, 0)).isEqualTo(CellMark.SUPPRESSED_SMALL);
        assertThat(dominatedResult.mark(0, 1)).isEqualTo(CellMark.PUBLISHED);
    }

    @Test
    void aSmallCellGetsComplementsInItsRowAndColumnClosingARectangle() {
        DisclosureTable table = Tables.withMargins(ContributorKind.SUPPLIERS, Tables.counts(new int[][] {
            {30, 20, 40},
            {6, 2, 45},
            {8, 7, 50}}), true, true, true);
        ProtectedTable result = control.protect(table, RULES);

        assertThat(result.mark(1, 1)).isEqualTo(CellMark.SUPPRESSED_SMALL);
        assertThat(result.mark(1, 0)).isEqualTo(CellMark.SUPPRESSED_COMPLEMENTARY);
        assertThat(result.reason(1, 0))
                .hasValue("suppressed so that the suppressed cell in the same row cannot be worked out from the total");
        assertThat(result.mark(2, 0)).isEqualTo(CellMark.SUPPRESSED_COMPLEMENTARY);
        assertThat(result.mark(2, 1)).isEqualTo(CellMark.SUPPRESSED_COMPLEMENTARY);
        assertThat(result.reason(2, 1)).hasValue(
                "suppressed so that the suppressed cell in the same column cannot be worked out from the total");
        long suppressed = result.positions().stream()
                .filter(p -> result.mark(p.row(), p.column()).isSuppressed()).count();
        assertThat(suppressed).isEqualTo(4);
        assertThat(result.publishedValue(3, 3)).hasValue(208);
    }

    @Test
    void theSameTableAlwaysGetsTheSameMarks() {
        DisclosureTable table = Tables.withMargins(ContributorKind.SUPPLIERS, Tables.counts(new int[][] {
            {3, 20, 40, 2},
            {6, 12, 4, 45},
            {8, 7, 50, 9}}), true, true, true);
        DisclosureTable copy = Tables.withMargins(ContributorKind.SUPPLIERS, Tables.counts(new int[][] {
            {3, 20, 40, 2},
            {6, 12, 4, 45},
            {8, 7, 50, 9}}), true, true, true);
        ProtectedTable first = control.protect(table, RULES);
        ProtectedTable second = new DisclosureControl().protect(copy, RULES);
        for (Position p : first.positions()) {
            assertThat(second.mark(p.row(), p.column())).isEqualTo(first.mark(p.row(), p.column()));
            assertThat(second.reason(p.row(), p.column())).isEqualTo(first.reason(p.row(), p.column()));
        }
    }

    @Test
    void totalsThatDoNotAddUpAreRejected() {
        DisclosureTable table = DisclosureTable.of(ContributorKind.SUPPLIERS, Tables.counts(new int[][] {{5, 6}}));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> table.withRowTotals(List.of(CellStats.ofCount(12))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1");
    }
}
