package org.ddworkbench.ui.reports;

import static org.ddworkbench.ui.I18n.tr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ddworkbench.model.DisclosureDefaults;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.MetricType;
import org.ddworkbench.model.Severity;
import org.ddworkbench.report.Measure;
import org.ddworkbench.report.MeasureKind;
import org.ddworkbench.report.ReportDefinition;
import org.ddworkbench.report.ReportDimension;
import org.ddworkbench.report.Statistic;
import org.ddworkbench.ui.findings.FindingText;

/**
 * The report builder's form: name, the dimensions of rows, columns and pages, the measures with the one being
 * added, the minimum cell size and totals; it turns into a {@link ReportDefinition} and loads one back. The
 * report service checks the definition, so this form only keeps the choices consistent.
 */
public final class ReportForm {
    private final MetricPack pack;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObservableList<Option<ReportDimension>> rowOptions = FXCollections.observableArrayList();
    private final ObservableList<Option<ReportDimension>> otherOptions = FXCollections.observableArrayList();
    private final ObjectProperty<Option<ReportDimension>> rows = new SimpleObjectProperty<>(this, "rows");
    private final ObjectProperty<Option<ReportDimension>> columns = new SimpleObjectProperty<>(this, "columns");
    private final ObjectProperty<Option<ReportDimension>> pages = new SimpleObjectProperty<>(this, "pages");
    private final ObservableList<Measure> measures = FXCollections.observableArrayList();
    private final ObservableList<Option<MeasureKind>> kindOptions = FXCollections.observableArrayList();
    private final ObservableList<Option<Severity>> severityOptions = FXCollections.observableArrayList();
    private final ObservableList<Option<String>> metricOptions = FXCollections.observableArrayList();
    private final ObservableList<Option<Statistic>> statisticOptions = FXCollections.observableArrayList();
    private final ObjectProperty<Option<MeasureKind>> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<Option<Severity>> severity = new SimpleObjectProperty<>(this, "severity");
    private final ObjectProperty<Option<String>> metric = new SimpleObjectProperty<>(this, "metric");
    private final ObjectProperty<Option<Statistic>> statistic = new SimpleObjectProperty<>(this, "statistic");
    private final BooleanBinding severityApplies;
    private final BooleanBinding metricApplies;
    private final IntegerProperty minCellSize = new SimpleIntegerProperty(this, "minCellSize");
    private final BooleanProperty totals = new SimpleBooleanProperty(this, "totals", true);

    public ReportForm(MetricPack pack) {
        this.pack = pack;
        Option<ReportDimension> none = new Option<>(null, tr("None"));
        otherOptions.add(none);
        for (ReportDimension dimension : ReportDimension.values()) {
            Option<ReportDimension> option = new Option<>(dimension, capitalised(tr(dimension.noun())));
            rowOptions.add(option);
            otherOptions.add(option);
        }
        for (MeasureKind each : MeasureKind.values()) {
            kindOptions.add(new Option<>(each, each == MeasureKind.METRIC ? tr("Statistic of a metric")
                    : tr(each.title())));
        }
        severityOptions.add(new Option<>(null, tr("Any severity")));
        for (Severity each : Severity.values()) {
            severityOptions.add(new Option<>(each, each == Severity.CRITICAL ? FindingText.severity(each)
                    : tr("{0} or more severe", FindingText.severity(each))));
        }
        for (Metric each : pack.metrics()) {
            if (each.type() == MetricType.NUMBER || each.type() == MetricType.INTEGER
                    || each.type() == MetricType.PERCENT) {
                metricOptions.add(new Option<>(each.id(), each.label()));
            }
        }
        for (Statistic each : Statistic.values()) {
            statisticOptions.add(new Option<>(each, tr(each.title())));
        }
        severityApplies = Bindings.createBooleanBinding(
                () -> kind.get() != null && kind.get().value().findingBased(), kind);
        metricApplies = Bindings.createBooleanBinding(
                () -> kind.get() != null && kind.get().value().needsMetric(), kind);
        clear();
    }

    /** Starts a new report: by country, flagged suppliers as the next measure, the pack's minimum cell size. */
    public void clear() {
        name.set("");
        rows.set(rowOptions.get(0));
        columns.set(otherOptions.get(0));
        pages.set(otherOptions.get(0));
        measures.clear();
        kind.set(option(kindOptions, MeasureKind.FLAGGED_SUPPLIERS));
        severity.set(severityOptions.get(0));
        metric.set(metricOptions.isEmpty() ? null : metricOptions.get(0));
        statistic.set(option(statisticOptions, Statistic.MEDIAN));
        minCellSize.set(disclosure().minCellSize());
        totals.set(true);
    }

    /** Shows {@code definition} in the form. */
    public void load(ReportDefinition definition) {
        name.set(definition.name());
        rows.set(option(rowOptions, definition.rows()));
        columns.set(option(otherOptions, definition.columns()));
        pages.set(option(otherOptions, definition.pages()));
        measures.setAll(definition.measures());
        minCellSize.set(definition.minCellSize() == null ? disclosure().minCellSize() : definition.minCellSize());
        totals.set(definition.totals());
    }

    /** The definition the form describes; the report service says what is wrong with it, if anything. */
    public ReportDefinition definition() {
        return new ReportDefinition(name.get() == null ? "" : name.get().strip(), value(rows), value(columns),
                value(pages), new ArrayList<>(measures), minCellSize.get(), totals.get());
    }

    /** Adds the measure being chosen to the list, or says what is missing. */
    public Optional<String> addMeasure() {
        MeasureKind chosen = value(kind);
        if (chosen == null) {
            return Optional.of(tr("Choose what to measure."));
        }
        Measure measure;
        if (chosen.needsMetric()) {
            if (metric.get() == null || statistic.get() == null) {
                return Optional.of(tr("Choose a metric and a statistic."));
            }
            measure = Measure.metric(metric.get().value(), statistic.get().value());
        } else {
            measure = new Measure(chosen, chosen.findingBased() ? value(severity) : null);
        }
        if (measures.contains(measure)) {
            return Optional.of(tr("\"{0}\" is already in the list.", describe(measure)));
        }
        measures.add(measure);
        return Optional.empty();
    }

    /** The measure in words, with a metric named by its label in the pack. */
    public String describe(Measure measure) {
        String label = measure.metricId() == null ? ""
                : pack.metric(measure.metricId()).map(Metric::label).orElse(measure.metricId());
        return measure.title(label);
    }

    /** The least minimum cell size the pack allows. */
    public int minCellFloor() {
        return disclosure().minCellSizeFloor();
    }

    /** The largest minimum cell size the spinner offers. */
    public int minCellCeiling() {
        return Math.max(100, disclosure().minCellSize() * 10);
    }

    private DisclosureDefaults disclosure() {
        return pack.disclosure();
    }

    private static <T> Option<T> option(List<Option<T>> options, T value) {
        return options.stream().filter(o -> Objects.equals(o.value(), value)).findFirst()
                .orElse(options.get(0));
    }

    private static <T> T value(ObjectProperty<Option<T>> property) {
        return property.get() == null ? null : property.get().value();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObservableList<Option<ReportDimension>> rowOptions() {
        return rowOptions;
    }

    /** The dimensions for columns and pages, "None" first. */
    public ObservableList<Option<ReportDimension>> otherOptions() {
        return otherOptions;
    }

    public ObjectProperty<Option<ReportDimension>> rowsProperty() {
        return rows;
    }

    public ObjectProperty<Option<ReportDimension>> columnsProperty() {
        return columns;
    }

    public ObjectProperty<Option<ReportDimension>> pagesProperty() {
        return pages;
    }

    /** The measures of the report, a table each, in order. */
    public ObservableList<Measure> measures() {
        return measures;
    }

    public ObservableList<Option<MeasureKind>> kindOptions() {
        return kindOptions;
    }

    public ObservableList<Option<Severity>> severityOptions() {
        return severityOptions;
    }

    /** The pack's numeric metrics. */
    public ObservableList<Option<String>> metricOptions() {
        return metricOptions;
    }

    public ObservableList<Option<Statistic>> statisticOptions() {
        return statisticOptions;
    }

    /** What the next measure counts or summarises. */
    public ObjectProperty<Option<MeasureKind>> kindProperty() {
        return kind;
    }

    /** The least severity of findings the next measure counts; it applies to finding-based kinds only. */
    public ObjectProperty<Option<Severity>> severityProperty() {
        return severity;
    }

    public ObjectProperty<Option<String>> metricProperty() {
        return metric;
    }

    public ObjectProperty<Option<Statistic>> statisticProperty() {
        return statistic;
    }

    public BooleanBinding severityApplies() {
        return severityApplies;
    }

    public BooleanBinding metricApplies() {
        return metricApplies;
    }

    public IntegerProperty minCellSizeProperty() {
        return minCellSize;
    }

    public BooleanProperty totalsProperty() {
        return totals;
    }
}
