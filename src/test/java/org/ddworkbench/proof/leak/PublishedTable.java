package org.ddworkbench.proof.leak;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ddworkbench.report.disclosure.CellStats;
import org.ddworkbench.report.disclosure.ContributorKind;
import org.ddworkbench.report.disclosure.DisclosureTable;
import org.ddworkbench.report.disclosure.Position;
import org.ddworkbench.report.disclosure.RecoveryCheck;
import org.ddworkbench.report.packet.PacketCell;
import org.ddworkbench.report.packet.PacketTable;

/**
 * A released table read back as an attacker sees it: its published values, its suppressed cells and which margins
 * it publishes, turned into a {@link DisclosureTable} of the store's own counts for the disclosure proof's
 * {@link RecoveryCheck}.
 */
final class PublishedTable {
    private final PacketTable table;
    private final Map<Position, PacketCell> cells = new HashMap<>();

    PublishedTable(PacketTable table) {
        this.table = table;
        table.cells().forEach(cell -> cells.put(new Position(cell.row(), cell.column()), cell));
    }

    int rows() {
        return table.rowLabels().size();
    }

    int columns() {
        return table.columnLabels().size();
    }

    /** The suppressed positions whose value the published values fix, judged with the true counts where known. */
    List<Position> recoverable(IndependentCounts counts) {
        boolean rowTotals = has(0, columns());
        boolean columnTotals = has(rows(), 0);
        List<List<CellStats>> interior = new ArrayList<>();
        for (int r = 0; r < rows(); r++) {
            List<CellStats> line = new ArrayList<>();
            for (int c = 0; c < columns(); c++) {
                line.add(stats(r, c, counts));
            }
            interior.add(line);
        }
        DisclosureTable disclosure = DisclosureTable.of(ContributorKind.SUPPLIERS, interior);
        if (rowTotals) {
            List<CellStats> totals = new ArrayList<>();
            for (int r = 0; r < rows(); r++) {
                totals.add(stats(r, columns(), counts));
            }
            disclosure = disclosure.withRowTotals(totals);
        }
        if (columnTotals) {
            List<CellStats> totals = new ArrayList<>();
            for (int c = 0; c < columns(); c++) {
                totals.add(stats(rows(), c, counts));
            }
            disclosure = disclosure.withColumnTotals(totals);
        }
        if (has(rows(), columns())) {
            disclosure = disclosure.withGrandTotal(stats(rows(), columns(), counts));
        }
        RecoveryCheck check = new RecoveryCheck(disclosure, p -> suppressed(p.row(), p.column()));
        return check.suppressedPositive().stream().filter(check::determined).toList();
    }

    boolean suppressed(int row, int column) {
        PacketCell cell = cells.get(new Position(row, column));
        return cell != null && cell.suppressed();
    }

    /** Whether the store's own counts cover every cell and margin, so the check runs on true values only. */
    boolean countedIndependently(IndependentCounts counts) {
        return table.cells().stream().allMatch(c -> counts.contributors(table, c.row(), c.column()).isPresent());
    }

    boolean anySuppressed() {
        return cells.values().stream().anyMatch(PacketCell::suppressed);
    }

    private boolean has(int row, int column) {
        return cells.containsKey(new Position(row, column));
    }

    private CellStats stats(int row, int column, IndependentCounts counts) {
        return CellStats.ofCount(counts.contributors(table, row, column).orElseThrow().size());
    }
}
