package org.ddworkbench.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ddworkbench.model.Indicator;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.report.disclosure.CellStats;
import org.ddworkbench.report.disclosure.ContributorKind;
import org.ddworkbench.report.disclosure.DisclosureControl;
import org.ddworkbench.report.disclosure.DisclosureRules;
import org.ddworkbench.report.disclosure.DisclosureTable;
import org.ddworkbench.report.disclosure.ProtectedTable;

/**
 * Lays one measure out as a table of per-supplier amounts and protects it.
 *
 * <p>A cell's contributors are its distinct suppliers and its largest share is the top supplier's part of the
 * value. Margins are published only along supplier dimensions: a finding, and so a flagged supplier, can sit
 * under several indicators, so sums along the indicator dimension would count it more than once and are left
 * out, as is the grand total of a table with an indicator dimension.
 */
final class ReportTableBuilder {
    private final ReportDefinition definition;
    private final ReportData data;
    private final MetricPack pack;
    private final LocalDate today;

    ReportTableBuilder(ReportDefinition definition, ReportData data, MetricPack pack, LocalDate today) {
        this.definition = definition;
        this.data = data;
        this.pack = pack;
        this.today = today;
    }

    /** The protected table of {@code measure}. */
    ReportTable build(Measure measure, DisclosureRules rules, DisclosureControl control) {
        boolean oneWay = definition.columns() == null;
        List<String> rowLabels = labels(definition.rows());
        List<String> columnLabels = oneWay ? List.of(measure.title()) : labels(definition.columns());
        // amounts.get(row).get(column) maps each supplier in the cell to its part of the value
        List<List<Map<Long, Double>>> amounts = new ArrayList<>();
        for (int r = 0; r < rowLabels.size(); r++) {
            List<Map<Long, Double>> row = new ArrayList<>();
            for (int c = 0; c < columnLabels.size(); c++) {
                row.add(new HashMap<>());
            }
            amounts.add(row);
        }
        Map<String, Integer> rowIndex = index(rowLabels);
        Map<String, Integer> columnIndex = index(columnLabels);
        for (Contribution contribution : contributions(measure)) {
            for (String rowLabel : contribution.labels(definition.rows())) {
                for (String columnLabel : oneWay ? columnLabels : contribution.labels(definition.columns())) {
                    Map<Long, Double> cell = amounts.get(rowIndex.get(rowLabel)).get(columnIndex.get(columnLabel));
                    if (measure.kind().countsSuppliers()) {
                        cell.put(contribution.supplierId(), 1.0);
                    } else {
                        cell.merge(contribution.supplierId(), 1.0, Double::sum);
                    }
                }
            }
        }
        DisclosureTable table = DisclosureTable.of(ContributorKind.SUPPLIERS,
                amounts.stream().map(row -> row.stream().map(ReportTableBuilder::stats).toList()).toList());
        table = withMargins(table, amounts, oneWay);
        ProtectedTable cells = control.protect(table, rules);
        return new ReportTable(measure, title(measure), rowLabels, columnLabels, cells);
    }

    private DisclosureTable withMargins(DisclosureTable table, List<List<Map<Long, Double>>> amounts, boolean oneWay) {
        if (!definition.totals()) {
            return table;
        }
        boolean rowTotals = !oneWay && definition.columns() != ReportDimension.INDICATOR;
        boolean columnTotals = definition.rows() != ReportDimension.INDICATOR;
        int rows = table.rows();
        int columns = table.columns();
        if (rowTotals) {
            List<CellStats> totals = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                totals.add(stats(merge(amounts.get(r))));
            }
            table = table.withRowTotals(totals);
        }
        if (columnTotals) {
            List<CellStats> totals = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                int column = c;
                totals.add(stats(merge(amounts.stream().map(row -> row.get(column)).toList())));
            }
            table = table.withColumnTotals(totals);
        }
        if (rowTotals && columnTotals) {
            table = table.withGrandTotal(stats(merge(amounts.stream().flatMap(List::stream).toList())));
        }
        return table;
    }

    private static Map<Long, Double> merge(Collection<Map<Long, Double>> cells) {
        Map<Long, Double> merged = new HashMap<>();
        cells.forEach(cell -> cell.forEach((supplier, amount) -> merged.merge(supplier, amount, Double::sum)));
        return merged;
    }

    private static CellStats stats(Map<Long, Double> cell) {
        if (cell.isEmpty()) {
            return CellStats.EMPTY;
        }
        double total = cell.values().stream().mapToDouble(Double::doubleValue).sum();
        double largest = cell.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return new CellStats(total, cell.size(), largest / total);
    }

    /** One supplier's record counted by a measure, with the indicators it carries if it is a finding. */
    private record Contribution(long supplierId, ReportData.SupplierFacts supplier, List<String> indicatorLabels) {
        List<String> labels(ReportDimension dimension) {
            return dimension == ReportDimension.INDICATOR ? indicatorLabels : List.of(supplier.label(dimension));
        }
    }

    private List<Contribution> contributions(Measure measure) {
        Map<Long, ReportData.SupplierFacts> suppliers = data.suppliers();
        List<Contribution> out = new ArrayList<>();
        switch (measure.kind()) {
            case SUPPLIERS -> suppliers.forEach((id, facts) -> out.add(new Contribution(id, facts, List.of())));
            case FLAGGED_SUPPLIERS, OPEN_FINDINGS -> data.findings().stream()
                    .filter(f -> measure.counts(f.severity()))
                    .forEach(f -> out.add(new Contribution(f.supplierId(), suppliers.get(f.supplierId()),
                            f.indicatorIds().stream().map(this::indicatorLabel).toList())));
            case ACTIONS_OPEN -> data.openActions().forEach(
                    a -> out.add(new Contribution(a.supplierId(), suppliers.get(a.supplierId()), List.of())));
            case ACTIONS_OVERDUE -> data.openActions().stream().filter(a -> a.due().isBefore(today)).forEach(
                    a -> out.add(new Contribution(a.supplierId(), suppliers.get(a.supplierId()), List.of())));
        }
        return out;
    }

    /**
     * The labels of a dimension: the pack's indicators in pack order (then any indicator a finding names that
     * the pack lacks), or every value the stored suppliers take, sorted, with "Unknown" and "No audit" last.
     */
    private List<String> labels(ReportDimension dimension) {
        if (dimension == ReportDimension.INDICATOR) {
            Set<String> labels = new LinkedHashSet<>();
            pack.indicators().forEach(i -> labels.add(i.label()));
            data.findings().forEach(f -> f.indicatorIds().forEach(id -> labels.add(indicatorLabel(id))));
            return List.copyOf(labels);
        }
        Set<String> values = new TreeSet<>();
        data.suppliers().values().forEach(s -> values.add(s.label(dimension)));
        List<String> labels = new ArrayList<>();
        values.stream().filter(v -> !isPlaceholder(v)).forEach(labels::add);
        values.stream().filter(ReportTableBuilder::isPlaceholder).forEach(labels::add);
        if (labels.isEmpty()) {
            labels.add(ReportDimension.UNKNOWN);
        }
        return labels;
    }

    private static boolean isPlaceholder(String label) {
        return label.equals(ReportDimension.UNKNOWN) || label.equals(ReportDimension.NO_AUDIT);
    }

    private String indicatorLabel(String id) {
        return pack.indicator(id).map(Indicator::label).orElse(id);
    }

    private static Map<String, Integer> index(List<String> labels) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            index.put(labels.get(i), i);
        }
        return index;
    }

    private String title(Measure measure) {
        String title = measure.title() + " by " + definition.rows().noun();
        return definition.columns() == null ? title : title + " and " + definition.columns().noun();
    }
}
