package org.ddworkbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ddworkbench.report.packet.AggregatePacket;
import org.ddworkbench.report.packet.PacketCell;
import org.ddworkbench.report.packet.PacketTable;

/** Prints an aggregate packet's tables on the terminal: published values, x for suppressed cells and the reasons. */
final class PacketText {
    private static final String TOTAL = "Total";

    private PacketText() {
    }

    static void print(PrintWriter out, AggregatePacket packet) {
        out.printf(Locale.ROOT, "%s: pack %s %s (%s); minimum cell size %d, dominance share %d%%%s%n",
                packet.reportName(), packet.pack().id(), packet.pack().version(), shortHash(packet.pack().fingerprint()),
                packet.disclosure().minCellSize(), Math.round(packet.disclosure().dominanceShare() * 100),
                packet.privacy() == null ? "" : ", noise ε = " + packet.privacy().epsilon());
        for (PacketTable table : packet.tables()) {
            out.println();
            print(out, table);
        }
    }

    private static void print(PrintWriter out, PacketTable table) {
        int rows = table.rowLabels().size();
        int columns = table.columnLabels().size();
        Map<Long, PacketCell> cells = new HashMap<>();
        boolean rowTotals = false;
        boolean columnTotals = false;
        for (PacketCell cell : table.cells()) {
            cells.put(key(cell.row(), cell.column()), cell);
            rowTotals |= cell.column() == columns;
            columnTotals |= cell.row() == rows;
        }
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(table.columnLabels());
        if (rowTotals) {
            header.add(TOTAL);
        }
        lines.add(header);
        for (int r = 0; r < rows + (columnTotals ? 1 : 0); r++) {
            List<String> line = new ArrayList<>();
            line.add(r < rows ? table.rowLabels().get(r) : TOTAL);
            for (int c = 0; c < columns + (rowTotals ? 1 : 0); c++) {
                PacketCell cell = cells.get(key(r, c));
                line.add(cell == null ? "" : text(cell, table, reasons));
            }
            lines.add(line);
        }
        out.println(table.title());
        int[] widths = new int[header.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-" + widths[0] + "s", line.get(0)));
            for (int i = 1; i < line.size(); i++) {
                text.append("  ").append(String.format(Locale.ROOT, "%" + widths[i] + "s", line.get(i)));
            }
            out.println(text.toString().stripTrailing());
        }
        if (table.noise() != null) {
            out.printf(Locale.ROOT, "  Values carry %s noise: within ±%s of the noiseless figure 95%% of the time.%n",
                    table.noise().mechanism().split(":")[0], number(table.noise().halfWidth95()));
        }
        int number = 1;
        for (Map.Entry<String, List<String>> reason : reasons.entrySet()) {
            out.printf("  %d. x at %s: %s%n", number++, String.join(", ", reason.getValue()), reason.getKey());
        }
    }

    private static String text(PacketCell cell, PacketTable table, Map<String, List<String>> reasons) {
        if (!cell.suppressed()) {
            return number(cell.value());
        }
        String reason = cell.reason() == null ? "suppressed" : cell.reason();
        reasons.computeIfAbsent(reason, r -> new ArrayList<>()).add(place(table, cell.row(), cell.column()));
        return "x";
    }

    /** The position named by its labels rather than by numbers, so the reason can be read next to the table. */
    private static String place(PacketTable table, int row, int column) {
        int rows = table.rowLabels().size();
        int columns = table.columnLabels().size();
        String rowLabel = row < rows ? table.rowLabels().get(row) : TOTAL;
        if (columns == 1 && column == 0) {
            return rowLabel;
        }
        String columnLabel = column < columns ? table.columnLabels().get(column) : TOTAL;
        return rowLabel + " / " + columnLabel;
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.2f", value);
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | (column & 0xffffffffL);
    }

    static String shortHash(String sha256) {
        return sha256 != null && sha256.length() > 12 ? sha256.substring(0, 12) : String.valueOf(sha256);
    }
}
