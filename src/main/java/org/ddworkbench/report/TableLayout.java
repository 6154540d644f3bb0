package org.ddworkbench.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The labels of a report's rows and columns and the suppliers each group holds, which is the population a count
 * speaks about; indicator and period labels do not narrow a group, since any supplier may appear under any.
 */
final class TableLayout {
    private final ReportDefinition definition;
    private final List<String> rowLabels;
    private final List<String> columnLabels;
    private final Map<List<String>, Set<Long>> groups = new HashMap<>();

    TableLayout(ReportDefinition definition, ReportData data, List<String> rowLabels, List<String> columnLabels) {
        this.definition = definition;
        this.rowLabels = rowLabels;
        this.columnLabels = columnLabels;
        data.suppliers().forEach((id, supplier) -> groups.computeIfAbsent(
                List.of(label(definition.pages(), supplier), label(definition.rows(), supplier),
                        label(definition.columns(), supplier)), k -> new HashSet<>()).add(id));
    }

    List<String> rowLabels() {
        return rowLabels;
    }

    /** The column labels, or null for a one-way table. */
    List<String> columnLabels() {
        return columnLabels;
    }

    /** The suppliers of the group a cell speaks about. */
    Set<Long> supplierPopulation(MeasureGrid.Key key) {
        Set<Long> all = new HashSet<>();
        groups.forEach((labels, ids) -> {
            if (matches(definition.pages(), labels.get(0), key.page())
                    && matches(definition.rows(), labels.get(1), key.row())
                    && matches(definition.columns(), labels.get(2), key.column())) {
                all.addAll(ids);
            }
        });
        return all;
    }

    private static boolean matches(ReportDimension dimension, String groupLabel, String cellLabel) {
        return dimension == null || !dimension.ofSupplier() || groupLabel.equals(cellLabel);
    }

    private static String label(ReportDimension dimension, ReportData.SupplierFacts supplier) {
        return dimension == null || !dimension.ofSupplier() ? "" : supplier.label(dimension);
    }
}
