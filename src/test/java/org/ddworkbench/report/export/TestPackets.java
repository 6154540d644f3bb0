package org.ddworkbench.report.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ddworkbench.report.packet.AggregatePacket;
import org.ddworkbench.report.packet.DisclosureParameters;
import org.ddworkbench.report.packet.NoiseParameters;
import org.ddworkbench.report.packet.PackReference;
import org.ddworkbench.report.packet.PacketCell;
import org.ddworkbench.report.packet.PacketSource;
import org.ddworkbench.report.packet.PacketTable;
import org.ddworkbench.report.packet.PrivacyParameters;

/** Builds packets for export tests: hostile and non-Latin labels, every suppression mark, a noisy negative count. */
final class TestPackets {
    static final String REPORT = "Forced labour indicators 2024";
    static final String FINGERPRINT = "9f2c1e0a7b6d5c4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e";
    static final String HOSTILE_ROW = "=cmd|' /C calc'!A0";
    static final String HOSTILE_COLUMN = "@x";
    static final String BY_COUNTRY = "Flagged suppliers by country and indicator";
    static final String BY_RISK = "Suppliers by risk band";
    static final String SMALL = "Fewer than 5 suppliers contribute.";
    static final String DOMINANCE = "One supplier makes up more than 85% of the value.";
    static final String COMPLEMENTARY = "Suppressed so that other suppressed cells cannot be worked out from totals.";
    static final double HALF_WIDTH = 5.5;

    private TestPackets() {
    }

    /** A two-way table with margins and each mark, and a noisy one-way table holding -2. */
    static AggregatePacket standard() {
        return packet(List.of(countryByIndicator(BY_COUNTRY, null), riskBands()));
    }

    /** {@code count} two-way tables, enough to fill several pages. */
    static AggregatePacket many(int count) {
        List<PacketTable> tables = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            tables.add(countryByIndicator(BY_COUNTRY, "Period " + (index + 1)));
        }
        return packet(tables);
    }

    static AggregatePacket packet(List<PacketTable> tables) {
        return new AggregatePacket(AggregatePacket.FORMAT, REPORT, LocalDate.of(2024, 5, 31),
                new PackReference("forced-labour-core", "1.2.0", FINGERPRINT), new DisclosureParameters(5, 0.85),
                new PrivacyParameters(1.0, 3, "discrete Laplace noise on counts"),
                List.of(new PacketSource("Buyer A", "release-7f3a", null)), tables);
    }

    static PacketTable countryByIndicator(String title, String page) {
        List<PacketCell> cells = List.of(
                published(0, 0, 12), suppressed(0, 1, "suppressed-small", SMALL), published(0, 2, 7),
                published(0, 3, 3), published(0, 4, 25),
                suppressed(1, 0, "suppressed-dominance", DOMINANCE),
                suppressed(1, 1, "suppressed-complementary", COMPLEMENTARY), published(1, 2, 9),
                published(1, 3, 4), published(1, 4, 30),
                published(2, 0, 5), published(2, 1, 6), published(2, 2, 8), published(2, 3, 6), published(2, 4, 25),
                published(3, 0, 31), published(3, 1, 15), published(3, 2, 24), published(3, 3, 13),
                published(3, 4, 80));
        return new PacketTable("flagged_suppliers:any", title, "suppliers", page, "country", "indicator",
                List.of("Brazil", HOSTILE_ROW, "Việt Nam"),
                List.of("Debt bondage", HOSTILE_COLUMN, "Excessive overtime", "ประเทศไทย"), true, cells, null);
    }

    static PacketTable riskBands() {
        List<PacketCell> cells = List.of(published(0, 0, 40), published(1, 0, 17.5), published(2, 0, -2),
                suppressed(3, 0, "suppressed-small", SMALL), published(4, 0, 58));
        return new PacketTable("suppliers:count", BY_RISK, "suppliers", null, "risk_band", null,
                List.of("Low", "Medium", "High", "Critical"), List.of("Suppliers"), true, cells,
                new NoiseParameters("discrete Laplace", 0.5, 1, 2.83, HALF_WIDTH));
    }

    private static PacketCell published(int row, int column, double value) {
        return new PacketCell(row, column, value, PacketCell.PUBLISHED, null);
    }

    private static PacketCell suppressed(int row, int column, String mark, String reason) {
        return new PacketCell(row, column, null, mark, reason);
    }
}
