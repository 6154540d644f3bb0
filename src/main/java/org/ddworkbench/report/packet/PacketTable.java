package org.ddworkbench.report.packet;

import java.util.List;
import java.util.Objects;

/**
 * One released table. Cells are addressed by row and column index into the labels; index
 * {@code rowLabels.size()} is the column-total row and {@code columnLabels.size()} the row-total column.
 *
 * @param measure the measure's stable key, such as {@code flagged_suppliers:high} or
 *     {@code metric:total_weekly_hours:median}; tables combine only with the same key and dimensions
 * @param title the table's title in words
 * @param unit what a value counts or measures, such as "suppliers", "workers" or "hours-per-week"
 * @param page the label of the table's page when the report has a third dimension, otherwise null
 * @param rowDimension the key of the row dimension, such as "country"
 * @param columnDimension the key of the column dimension, or null for a one-way table
 * @param rowLabels a label per row
 * @param columnLabels a label per column; a one-way table has a single column named after the measure
 * @param additive whether values are counts that add up across rows, columns and organisations
 * @param cells every interior cell and published margin
 * @param noise the noise on this table's values, or null when it carries none
 */
public record PacketTable(String measure, String title, String unit, String page, String rowDimension,
        String columnDimension, List<String> rowLabels, List<String> columnLabels, boolean additive,
        List<PacketCell> cells, NoiseParameters noise) {

    public PacketTable {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(rowDimension, "rowDimension");
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        cells = List.copyOf(cells);
    }
}
