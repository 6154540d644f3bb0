package org.ddworkbench.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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
 * value. A count is also an attribute of the cell's whole population (the suppliers of that country, sector,
 * ...): "0 of 1" or "8 of 8" flagged says something about every supplier of the group, so a zero counts the
 * population as its contributors, and a flagged-supplier count is only as safe as the smaller of the flagged and
 * the unflagged groups. Margins are published only along supplier dimensions: a finding, and so a flagged supplier, can sit
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
        List<List<Set<Long>>> population = population(rowLabels, columnLabels, rowIndex, columnIndex, oneWay);
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
        boolean flagged = measure.kind() == MeasureKind.FLAGGED_SUPPLIERS;
        List<List<CellStats>> cells = new ArrayList<>();
        for (int r = 0; r < rowLabels.size(); r++) {
            List<CellStats> row = new ArrayList<>();
            for (int c = 0; c < columnLabels.size(); c++) {
                row.add(stats(amounts.get(r).get(c), population.get(r).get(c), flagged));
            }
            cells.add(row);
        }
        DisclosureTable table = DisclosureTable.of(ContributorKind.SUPPLIERS, cells);
        table = withMargins(table, amounts, population, oneWay, flagged);
        ProtectedTable protectedCells = control.protect(table, rules);
        return new ReportTable(measure, title(measure), rowLabels, columnLabels, protectedCells);
    }

    /** The suppliers each cell is about, whether or not the measure counts anything for them. */
    private List<List<Set<Long>>> population(List<String> rowLabels, List<String> columnLabels,
            Map<String, Integer> rowIndex, Map<String, Integer> columnIndex, boolean oneWay) {
        List<List<Set<Long>>> population = new ArrayList<>();
        for (int r = 0; r < rowLabels.size(); r++) {
            List<Set<Long>> row = new ArrayList<>();
            for (int c = 0; c < columnLabels.size(); c++) {
                row.add(new HashSet<>());
            }
            population.add(row);
        }
        data.suppliers().forEach((id, supplier) -> {
            for (String rowLabel : groupLabels(definition.rows(), supplier, rowLabels)) {
                for (String columnLabel : oneWay ? columnLabels
                        : groupLabels(definition.columns(), supplier, columnLabels)) {
                    population.get(rowIndex.get(rowLabel)).get(columnIndex.get(columnLabel)).add(id);
                }
            }
        });
        return population;
    }

    /** Any supplier may have findings under any indicator, so it belongs to every indicator's group. */
    private static List<String> groupLabels(ReportDimension dimension, ReportData.SupplierFacts supplier,
            List<String> labels) {
        return dimension == ReportDimension.INDICATOR ? labels : List.of(supplier.label(dimension));
    }

    private DisclosureTable withMargins(DisclosureTable table, List<List<Map<Long, Double>>> amounts,
            List<List<Set<Long>>> population, boolean oneWay, boolean flagged) {
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
                totals.add(stats(merge(amounts.get(r)), union(population.get(r)), flagged));
            }
            table = table.withRowTotals(totals);
        }
        if (columnTotals) {
            List<CellStats> totals = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                int column = c;
                totals.add(stats(merge(amounts.stream().map(row -> row.get(column)).toList()),
                        union(population.stream().map(row -> row.get(column)).toList()), flagged));
            }
            table = table.withColumnTotals(totals);
        }
        if (rowTotals && columnTotals) {
            table = table.withGrandTotal(stats(merge(amounts.stream().flatMap(List::stream).toList()),
                    union(population.stream().flatMap(List::stream).toList()), flagged));
        }
        return table;
    }

    private static Map<Long, Double> merge(Collection<Map<Long, Double>> cells) {
        Map<Long, Double> merged = new HashMap<>();
        cells.forEach(cell -> cell.forEach((supplier, amount) -> merged.merge(supplier, amount, Double::sum)));
        return merged;
    }

    private static Set<Long> union(Collection<Set<Long>> groups) {
        Set<Long> all = new HashSet<>();
        groups.forEach(all::addAll);
        return all;
    }

    private static CellStats stats(Map<Long, Double> cell, Set<Long> population, boolean flagged) {
        if (cell.isEmpty()) {
            // Nobody counted: safe to publish as zero only when the group it speaks about is large enough.
            return population.isEmpty() ? CellStats.EMPTY : new CellStats(0, population.size(), 0);
        }
        double total = cell.values().stream().mapToDouble(Double::doubleValue).sum();
        double largest = cell.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        int contributors = cell.size();
        if (flagged) {
            // "6 of 8 flagged" is as revealing as "2 of 8 not flagged": protect the smaller side too.
            int unflagged = Math.max(0, population.size() - cell.size());
            contributors = Math.max(1, Math.min(contributors, unflagged));
        }
        return new CellStats(total, contributors, largest / total);
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
