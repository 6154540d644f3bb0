package org.ddworkbench.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.ddworkbench.report.disclosure.Position;
import org.ddworkbench.report.packet.AggregatePacket;
import org.ddworkbench.report.packet.DisclosureParameters;
import org.ddworkbench.report.packet.PackReference;
import org.ddworkbench.report.packet.PacketCell;
import org.ddworkbench.report.packet.PacketSource;
import org.ddworkbench.report.packet.PacketTable;
import org.ddworkbench.report.packet.PrivacyParameters;

/**
 * Turns a protected report into the aggregate packet every export is written from, reading only published values,
 * marks and reasons. Statistics and shares are rounded to two decimals; counts are whole numbers already.
 */
public final class PacketAssembler {

    private PacketAssembler() {
    }

    /** The packet of {@code result}, released on {@code released} by {@code source}, with its noise if any. */
    public static AggregatePacket packet(ReportResult result, LocalDate released, PrivacyParameters privacy,
            PacketSource source) {
        return packet(result.definition().name().strip(), List.of(result), released, privacy, source);
    }

    /**
     * One packet called {@code name} holding the tables of several results in order; they share the pack, and
     * the packet states the strictest thresholds among them.
     */
    public static AggregatePacket packet(String name, List<ReportResult> results, LocalDate released,
            PrivacyParameters privacy, PacketSource source) {
        List<PacketTable> tables = new ArrayList<>();
        for (ReportResult result : results) {
            tables.addAll(tables(result));
        }
        ReportResult first = results.get(0);
        int minCellSize = results.stream().mapToInt(ReportResult::minCellSize).max().orElseThrow();
        double dominance = results.stream().mapToDouble(ReportResult::dominanceShare).min().orElseThrow();
        return new AggregatePacket(AggregatePacket.FORMAT, name, released,
                new PackReference(first.packId(), first.packVersion(), first.packFingerprint()),
                new DisclosureParameters(minCellSize, dominance), privacy, List.of(source), tables);
    }

    private static List<PacketTable> tables(ReportResult result) {
        ReportDefinition definition = result.definition();
        List<PacketTable> tables = new ArrayList<>();
        for (ReportTable table : result.tables()) {
            List<PacketCell> cells = new ArrayList<>();
            for (Position p : table.positions()) {
                OptionalDouble value = table.published(p.row(), p.column());
                String mark = table.mark(p.row(), p.column()).name().toLowerCase(Locale.ROOT).replace('_', '-');
                cells.add(new PacketCell(p.row(), p.column(),
                        value.isPresent() ? rounded(value.getAsDouble(), table.additive()) : null, mark,
                        table.reason(p.row(), p.column()).orElse(null)));
            }
            tables.add(new PacketTable(table.measure().key(), table.title(), table.unit(), table.page(),
                    definition.rows().key(), definition.columns() == null ? null : definition.columns().key(),
                    table.rowLabels(), table.columnLabels(), table.additive(), cells, table.noise()));
        }
        return tables;
    }

    private static double rounded(double value, boolean count) {
        return count ? Math.rint(value) : Math.round(value * 100) / 100.0;
    }
}
