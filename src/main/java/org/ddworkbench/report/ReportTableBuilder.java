package org.ddworkbench.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.ddworkbench.model.Indicator;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricLevel;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.report.MeasureKind.Shape;
import org.ddworkbench.report.disclosure.CellStats;
import org.ddworkbench.report.disclosure.ContributorKind;
import org.ddworkbench.report.disclosure.DisclosureControl;
import org.ddworkbench.report.disclosure.DisclosureRules;
import org.ddworkbench.report.disclosure.DisclosureTable;
import org.ddworkbench.report.disclosure.Position;
import org.ddworkbench.report.disclosure.ProtectedTable;

/**
 * Collects every measure of a report into cells keyed by their labels, then lays each measure (and page) out as a
 * table, protects it and states its published values.
 *
 * <p>A cell's contributors are its distinct suppliers (or workers for worker measures) and its dominance is the
 * top supplier's part of it. A count is also an attribute of its whole group (the suppliers of a country, the
 * workers surveyed there): "0 of 1" or "8 of 8" says something about every member, so a zero counts the group as
 * its contributors and a count of an attribute is only as safe as the smaller of those with and without it.
 * Margins are published only along supplier dimensions: a supplier or worker can sit under several indicators and
 * several periods, so sums along those would count it more than once.
 */
final class ReportTableBuilder {
    /** One record of an attribute-less count contributes at most this much per cell under noise. */
    static final int RECORDS_CAP = 10;
    private static final String ANY = "*";
    private static final List<String> NONE = Collections.singletonList(null);

    private final ReportDefinition definition;
    private final ReportData data;
    private final MetricPack pack;
    private final LocalDate today;
    private final TableNoise noise;
    private final Map<Measure, MeasureGrid> grids = new LinkedHashMap<>();
    private final MeasureGrid workerPopulation = new MeasureGrid(Measure.of(MeasureKind.WORKERS), 0);

    ReportTableBuilder(ReportDefinition definition, ReportData data, MetricPack pack, LocalDate today,
            TableNoise noise) {
        this.definition = definition;
        this.data = data;
        this.pack = pack;
        this.today = today;
        this.noise = noise;
        for (Measure measure : definition.measures()) {
            grids.put(measure, new MeasureGrid(measure, noise == null ? 0 : noise.maxCells()));
        }
        feedStoreData();
    }

    /** Whether any measure reads worker-level answers. */
    boolean needsWorkers() {
        return grids.keySet().stream().anyMatch(m -> m.kind().shape() == Shape.WORKER_COUNT
                || (m.kind().needsMetric() && metric(m).level() == MetricLevel.WORKER));
    }

    /** The supplier-level metrics whose values must be read. */
    List<Measure> supplierMetricMeasures() {
        return grids.keySet().stream()
                .filter(m -> m.kind().needsMetric() && metric(m).level() != MetricLevel.WORKER).toList();
    }

    /** Adds one supplier-level metric's latest values per supplier and year. */
    void addSupplierValues(Measure measure, List<ReportData.SupplierValue> values) {
        MeasureGrid grid = grids.get(measure);
        for (ReportData.SupplierValue v : values) {
            feed(grid, v.supplierId(), v.supplierId(), List.of(), v.year(),
                    cell -> cell.addValue(v.supplierId(), v.supplierId(), v.value()));
        }
    }

    /** The consumer that adds worker rows to the worker measures. */
    WorkerFeed workerFeed() {
        return new WorkerFeed(pack, data.suppliers().keySet(), this::addWorkerAnswer);
    }

    private void addWorkerAnswer(WorkerFeed.Answer answer) {
        long supplier = answer.supplierId();
        long worker = answer.worker();
        feed(workerPopulation, supplier, worker, List.of(ANY), answer.year(), cell -> cell.addValue(supplier, worker, 0));
        grids.forEach((measure, grid) -> {
            switch (measure.kind()) {
                case WORKERS -> feed(grid, supplier, worker, List.of(), answer.year(),
                        cell -> cell.addValue(supplier, worker, 0));
                case WORKERS_REPORTING -> {
                    List<String> reported = answer.indicatorLabels();
                    if (!reported.isEmpty()) {
                        feed(grid, supplier, worker, reported, answer.year(),
                                cell -> cell.addValue(supplier, worker, 0));
                    }
                }
                case METRIC -> {
                    double value = answer.number(measure.metricId());
                    if (!Double.isNaN(value) && metric(measure).level() == MetricLevel.WORKER) {
                        feed(grid, supplier, worker, List.of(), answer.year(),
                                cell -> cell.addValue(supplier, worker, value));
                    }
                }
                default -> {
                    // supplier-level measures were fed from the store's facts
                }
            }
        });
    }

    private void feedStoreData() {
        Map<Long, ReportData.SupplierFacts> suppliers = data.suppliers();
        grids.forEach((measure, grid) -> {
            switch (measure.kind()) {
                case SUPPLIERS -> suppliers.keySet().forEach(id -> countSupplier(grid, id));
                case WITH_SAQ -> data.withSaq().stream().filter(suppliers::containsKey)
                        .forEach(id -> countSupplier(grid, id));
                case AUDITED -> data.audited().stream().filter(suppliers::containsKey)
                        .forEach(id -> countSupplier(grid, id));
                case SURVEYED -> data.surveyed().stream().filter(suppliers::containsKey)
                        .forEach(id -> countSupplier(grid, id));
                case FLAGGED_SUPPLIERS, FLAGGED_SHARE, OPEN_FINDINGS -> data.findings().stream()
                        .filter(f -> measure.counts(f.severity()))
                        .forEach(f -> feed(grid, f.supplierId(), f.supplierId(),
                                f.indicatorIds().stream().map(this::indicatorLabel).toList(),
                                ReportData.year(f.asOf()), measure.kind() == MeasureKind.OPEN_FINDINGS
                                        ? cell -> cell.addRecord(f.supplierId())
                                        : cell -> cell.countSupplier(f.supplierId())));
                case ACTIONS_OPEN, ACTIONS_OVERDUE, ACTIONS_CLOSED -> data.actions().stream()
                        .filter(a -> switch (measure.kind()) {
                            case ACTIONS_OPEN -> a.open();
                            case ACTIONS_OVERDUE -> a.open() && a.due().isBefore(today);
                            default -> !a.open();
                        })
                        .forEach(a -> feed(grid, a.supplierId(), a.supplierId(), List.of(),
                                ReportData.year(a.due()), cell -> cell.addRecord(a.supplierId())));
                default -> {
                    // worker measures and metrics are fed by the worker stream and the metric reads
                }
            }
        });
    }

    private void countSupplier(MeasureGrid grid, long supplierId) {
        feed(grid, supplierId, supplierId, List.of(), null, cell -> cell.countSupplier(supplierId));
    }

    /** Adds a record to every cell its labels reach: one per indicator it carries, one row, column and page. */
    private void feed(MeasureGrid grid, long supplierId, long contributor, List<String> indicators, String year,
            Consumer<CellAccumulator> add) {
        ReportData.SupplierFacts supplier = data.suppliers().get(supplierId);
        if (supplier == null) {
            return;
        }
        for (String page : labelsOf(definition.pages(), supplier, indicators, year)) {
            for (String row : labelsOf(definition.rows(), supplier, indicators, year)) {
                for (String column : labelsOf(definition.columns(), supplier, indicators, year)) {
                    CellAccumulator cell = grid.cell(new MeasureGrid.Key(page, row, column), contributor);
                    if (cell != null) {
                        add.accept(cell);
                    }
                }
            }
        }
    }

    private static List<String> labelsOf(ReportDimension dimension, ReportData.SupplierFacts supplier,
            List<String> indicators, String year) {
        if (dimension == null) {
            return NONE;
        }
        return switch (dimension) {
            case INDICATOR -> indicators;
            case PERIOD -> List.of(year == null ? ReportDimension.UNDATED : year);
            default -> List.of(supplier.label(dimension));
        };
    }

    /** Every table: for each page, one per measure in the definition's order. */
    List<ReportTable> tables(DisclosureRules rules, DisclosureControl control) {
        List<String> rowLabels = labels(definition.rows());
        List<String> columnLabels = definition.columns() == null ? null : labels(definition.columns());
        List<String> pages = definition.pages() == null ? NONE : labels(definition.pages());
        TableLayout layout = new TableLayout(definition, data, rowLabels, columnLabels);
        List<ReportTable> tables = new ArrayList<>();
        for (String page : pages) {
            for (MeasureGrid grid : grids.values()) {
                tables.add(table(grid, page, layout, rules, control));
            }
        }
        return tables;
    }

    private ReportTable table(MeasureGrid grid, String page, TableLayout layout, DisclosureRules rules,
            DisclosureControl control) {
        Measure measure = grid.measure();
        Shape shape = measure.kind().shape();
        boolean workers = shape == Shape.WORKER_COUNT
                || (shape == Shape.METRIC_STATISTIC && metric(measure).level() == MetricLevel.WORKER);
        boolean attribute = shape == Shape.FINDING_SUPPLIERS || shape == Shape.FINDING_SHARE
                || measure.kind() == MeasureKind.WITH_SAQ || measure.kind() == MeasureKind.AUDITED
                || measure.kind() == MeasureKind.SURVEYED || measure.kind() == MeasureKind.WORKERS_REPORTING;
        double cap = noise != null && (shape == Shape.FINDING_RECORDS || shape == Shape.ACTION_RECORDS)
                ? RECORDS_CAP : Double.POSITIVE_INFINITY;
        List<String> columnLabels = layout.columnLabels() == null ? List.of(measure.title(metricLabel(measure)))
                : layout.columnLabels();
        int rows = layout.rowLabels().size();
        int columns = columnLabels.size();
        CellSummary[][] summaries = new CellSummary[rows][columns];
        Set<Position> noData = new HashSet<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                MeasureGrid.Key key = new MeasureGrid.Key(page, layout.rowLabels().get(r),
                        layout.columnLabels() == null ? null : columnLabels.get(c));
                CellAccumulator cell = grid.get(key);
                if (shape == Shape.METRIC_STATISTIC) {
                    if (cell == null) {
                        noData.add(new Position(r, c));
                        summaries[r][c] = new CellSummary(0, 0, Set.of(), Map.of(), 0, false);
                    } else {
                        summaries[r][c] = cell.metricSummary(workers);
                    }
                    continue;
                }
                int population = workers ? workerPopulation(key) : layout.supplierPopulation(key).size();
                summaries[r][c] = cell == null ? new CellSummary(0, 0, Set.of(), Map.of(), population, attribute)
                        : cell.summary(workers, cap, population, attribute);
            }
        }
        ContributorKind kind = workers ? ContributorKind.WORKERS : ContributorKind.SUPPLIERS;
        DisclosureTable table = DisclosureTable.of(kind, stats(summaries));
        if (definition.totals() && measure.kind().additive()) {
            table = new Margins(definition, layout, workers, page, this::workerPopulation)
                    .addTo(table, summaries, columnLabels);
        }
        ProtectedTable protectedCells = control.protect(table, rules);
        PublishedValues published = new PublishedValues(measure, grid, summaries, layout, columnLabels, page, noise,
                metric(measure));
        Map<Position, Double> values = published.values(protectedCells);
        String unit = measure.kind().unit() != null ? measure.kind().unit() : metric(measure).unit();
        return new ReportTable(measure, title(measure, page), unit, page, layout.rowLabels(), columnLabels, kind,
                protectedCells, values, noData, published.noise());
    }

    private int workerPopulation(MeasureGrid.Key key) {
        MeasureGrid.Key any = new MeasureGrid.Key(anyIndicator(definition.pages(), key.page()),
                anyIndicator(definition.rows(), key.row()), anyIndicator(definition.columns(), key.column()));
        CellAccumulator cell = workerPopulation.get(any);
        return cell == null ? 0 : cell.distinctContributors();
    }

    private static String anyIndicator(ReportDimension dimension, String label) {
        return dimension == ReportDimension.INDICATOR ? ANY : label;
    }

    private static List<List<CellStats>> stats(CellSummary[][] summaries) {
        List<List<CellStats>> cells = new ArrayList<>();
        for (CellSummary[] row : summaries) {
            List<CellStats> line = new ArrayList<>();
            for (CellSummary summary : row) {
                line.add(summary.stats());
            }
            cells.add(line);
        }
        return cells;
    }

    /**
     * The labels of a dimension: the pack's indicators or risk bands in pack order (then any a finding names that
     * the pack lacks); the years met, in order, "Undated" last; or every value the stored suppliers take, sorted, with
     * "Unknown" and "No audit" last.
     */
    private List<String> labels(ReportDimension dimension) {
        if (dimension == ReportDimension.INDICATOR) {
            Set<String> labels = new LinkedHashSet<>();
            pack.indicators().forEach(i -> labels.add(i.label()));
            data.findings().forEach(f -> f.indicatorIds().forEach(id -> labels.add(indicatorLabel(id))));
            return List.copyOf(labels);
        }
        if (dimension == ReportDimension.RISK_BAND) {
            Set<String> labels = new LinkedHashSet<>();
            pack.riskModel().bands().forEach(band -> labels.add(band.label()));
            data.suppliers().values().forEach(s -> labels.add(s.riskBand()));
            return List.copyOf(labels);
        }
        Set<String> values = new TreeSet<>();
        if (dimension == ReportDimension.PERIOD) {
            grids.values().forEach(grid -> grid.keys().forEach(key -> values.add(periodOf(key))));
        } else {
            data.suppliers().values().forEach(s -> values.add(s.label(dimension)));
        }
        List<String> labels = new ArrayList<>();
        values.stream().filter(v -> !isPlaceholder(v)).forEach(labels::add);
        values.stream().filter(ReportTableBuilder::isPlaceholder).forEach(labels::add);
        if (labels.isEmpty()) {
            labels.add(dimension == ReportDimension.PERIOD ? ReportDimension.UNDATED : ReportDimension.UNKNOWN);
        }
        return labels;
    }

    private String periodOf(MeasureGrid.Key key) {
        if (definition.rows() == ReportDimension.PERIOD) {
            return key.row();
        }
        return definition.columns() == ReportDimension.PERIOD ? key.column() : key.page();
    }

    private static boolean isPlaceholder(String label) {
        return label.equals(ReportDimension.UNKNOWN) || label.equals(ReportDimension.NO_AUDIT)
                || label.equals(ReportDimension.UNDATED);
    }

    String indicatorLabel(String id) {
        return pack.indicator(id).map(Indicator::label).orElse(id);
    }

    private Metric metric(Measure measure) {
        return measure.metricId() == null ? null : pack.metric(measure.metricId()).orElseThrow();
    }

    private String metricLabel(Measure measure) {
        Metric metric = metric(measure);
        return metric == null ? null : metric.label();
    }

    private String title(Measure measure, String page) {
        String title = measure.title(metricLabel(measure)) + " by " + definition.rows().noun();
        if (definition.columns() != null) {
            title += " and " + definition.columns().noun();
        }
        return page == null ? title : title + ", " + definition.pages().noun() + " " + page;
    }
}
