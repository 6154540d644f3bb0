package org.ddworkbench.ui.dashboard;

import static org.ddworkbench.ui.I18n.tr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ddworkbench.model.HeatMap;
import org.ddworkbench.model.Indicator;
import org.ddworkbench.model.Severity;
import org.ddworkbench.ui.findings.FindingText;

/** The indicator heat map as the Dashboard draws it: indicator columns, and supplier rows highest risk first. */
public record HeatGrid(List<Column> columns, List<Row> rows) {

    public static final HeatGrid EMPTY = new HeatGrid(List.of(), List.of());

    public HeatGrid {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The heat map with a cell for every supplier × indicator, tooltips in words. */
    static HeatGrid of(HeatMap map) {
        List<Column> columns = map.indicators().stream()
                .map(indicator -> new Column(indicator.id(), indicator.label())).toList();
        List<Row> rows = new ArrayList<>();
        for (HeatMap.Row row : map.rows()) {
            List<Cell> cells = new ArrayList<>();
            for (Indicator indicator : map.indicators()) {
                HeatMap.Cell cell = row.cells().get(indicator.id());
                cells.add(cell == null || cell.findings() == 0
                        ? new Cell(row.supplierId(), indicator.id(), null, 0, "",
                                tr("{0} · {1}: no open findings", row.supplierName(), indicator.label()))
                        : new Cell(row.supplierId(), indicator.id(), cell.worst(), cell.findings(),
                                String.valueOf(cell.findings()),
                                tr("{0} · {1}: {2,choice,1#1 open finding|1<{2,number,integer} open findings}, "
                                        + "worst {3}", row.supplierName(), indicator.label(), cell.findings(),
                                        FindingText.severity(cell.worst()).toLowerCase(Locale.ROOT))));
            }
            rows.add(new Row(row.supplierId(), row.supplierName(), FindingText.country(row.country()),
                    String.format(Locale.ROOT, "%.2f", row.riskScore()), cells));
        }
        return new HeatGrid(columns, rows);
    }

    /** One ILO indicator. */
    public record Column(String indicatorId, String label) {
    }

    /** One supplier, with a cell for every column in order. */
    public record Row(long supplierId, String supplier, String country, String score, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One supplier × indicator.
     *
     * @param worst the worst severity among its findings, or null when it has none
     * @param text what the cell shows: the number of findings, or nothing
     * @param tooltip the supplier, indicator, count and worst severity in words
     */
    public record Cell(long supplierId, String indicatorId, Severity worst, int findings, String text,
            String tooltip) {

        public boolean empty() {
            return findings == 0;
        }
    }
}
