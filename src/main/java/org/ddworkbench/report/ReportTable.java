package org.ddworkbench.report;

import java.util.List;
import org.ddworkbench.report.disclosure.ProtectedTable;

/**
 * One measure's protected table: labels for its rows and columns, and the disclosure decision for every cell
 * and published margin (margin positions are index {@code rowLabels.size()} and {@code columnLabels.size()}).
 *
 * @param measure what the table counts
 * @param title the table's title in words
 * @param rowLabels a label per row
 * @param columnLabels a label per column; a one-way table has one column named after the measure
 * @param cells the published values, marks and reasons
 */
public record ReportTable(Measure measure, String title, List<String> rowLabels, List<String> columnLabels,
        ProtectedTable cells) {

    public ReportTable {
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
    }
}
