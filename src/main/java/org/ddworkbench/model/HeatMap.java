package org.ddworkbench.model;

import java.util.List;
import java.util.Map;

/** Suppliers × ILO indicators: for each pair, how many counting findings and the worst severity among them. */
public record HeatMap(List<Indicator> indicators, List<Row> rows) {

    public HeatMap {
        indicators = List.copyOf(indicators);
        rows = List.copyOf(rows);
    }

    /** One supplier's row; {@code cells} holds only indicators with at least one finding. */
    public record Row(long supplierId, String supplierName, String country, double riskScore, Map<String, Cell> cells) {
        public Row {
            cells = Map.copyOf(cells);
        }
    }

    public record Cell(Severity worst, int findings) {
    }
}
