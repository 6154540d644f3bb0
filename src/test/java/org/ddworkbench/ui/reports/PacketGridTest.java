package org.ddworkbench.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ddworkbench.report.packet.PacketCell;
import org.ddworkbench.report.packet.PacketTable;
import org.junit.jupiter.api.Test;

/** A released table laid out for the screen: labels, totals, "x" for suppressed cells and the notes saying why. */
class PacketGridTest {

    private static PacketTable twoWay() {
        return new PacketTable("flagged", "Flagged suppliers by country and indicator", "suppliers", null, "country",
                "indicator", List.of("Thailand", "Viet Nam"), List.of("Debt bondage", "Excessive overtime"), true,
                List.of(new PacketCell(0, 0, 12.0, PacketCell.PUBLISHED, null),
                        new PacketCell(0, 1, 7.0, PacketCell.PUBLISHED, null),
                        new PacketCell(1, 0, null, "suppressed-small", "fewer than 5 suppliers"),
                        new PacketCell(1, 1, null, "suppressed-complementary", "protects another suppressed cell"),
                        new PacketCell(0, 2, 19.0, PacketCell.PUBLISHED, null),
                        new PacketCell(2, 2, 1234.0, PacketCell.PUBLISHED, null)),
                null);
    }

    @Test
    void totalsGetTheirOwnRowAndColumnAndSuppressedCellsShowAnX() {
        PacketGrid grid = PacketGrid.of(twoWay());

        assertThat(grid.rowHeading()).isEqualTo("Country");
        assertThat(grid.columns()).containsExactly("Debt bondage", "Excessive overtime", "Total");
        assertThat(grid.rows()).extracting(PacketGrid.Row::label).containsExactly("Thailand", "Viet Nam", "Total");
        assertThat(grid.rows().get(0).cells()).extracting(PacketGrid.Cell::text).containsExactly("12", "7", "19");
        assertThat(grid.rows().get(1).cells()).extracting(PacketGrid.Cell::text).containsExactly("x", "x", "");
        assertThat(grid.rows().get(2).total()).isTrue();
        assertThat(grid.rows().get(2).cells().get(2).total()).isTrue();
        assertThat(grid.twoWay()).isTrue();
    }

    @Test
    void notesGroupTheSuppressedCellsByReason() {
        assertThat(PacketGrid.of(twoWay()).notes()).containsExactly(
                "x = Fewer than 5 suppliers: Viet Nam × Debt bondage.",
                "x = Protects another suppressed cell: Viet Nam × Excessive overtime.");
    }

    @Test
    void countsAreWholeAndStatisticsKeepTwoDecimals() {
        PacketTable median = new PacketTable("metric:hours:median", "Median weekly hours by country", "hours", null,
                "country", null, List.of("Thailand"), List.of("Median weekly hours"), false,
                List.of(new PacketCell(0, 0, 52.456, PacketCell.PUBLISHED, null)), null);

        PacketGrid grid = PacketGrid.of(median);

        assertThat(grid.twoWay()).isFalse();
        assertThat(grid.columns()).containsExactly("Median weekly hours");
        assertThat(grid.rows().get(0).cells().get(0).text()).isEqualTo(PacketGrid.number(52.456))
                .matches("52[.,]46");
        assertThat(grid.notes()).isEmpty();
    }
}
