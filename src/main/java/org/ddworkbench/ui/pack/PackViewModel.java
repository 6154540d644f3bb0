package org.ddworkbench.ui.pack;

import static org.ddworkbench.ui.I18n.tr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.ddworkbench.model.AuditPolicy;
import org.ddworkbench.model.CombinationRule;
import org.ddworkbench.model.CrossCheck;
import org.ddworkbench.model.Dimension;
import org.ddworkbench.model.DisclosureDefaults;
import org.ddworkbench.model.FindingScale;
import org.ddworkbench.model.Indicator;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.Severity;
import org.ddworkbench.model.Source;
import org.ddworkbench.model.Threshold;
import org.ddworkbench.pack.LoadedPack;

/** State of the Metric pack screen: the pack's definitions as table rows, a metric search, and the selected metric. */
public final class PackViewModel {
    private final LoadedPack loaded;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final FilteredList<MetricRow> metrics;
    private final ObjectProperty<MetricRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<MetricDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");

    public PackViewModel(LoadedPack loaded) {
        this.loaded = loaded;
        metrics = new FilteredList<>(FXCollections.observableList(
                loaded.pack().metrics().stream().map(MetricRow::of).toList()));
        metrics.predicateProperty().bind(Bindings.createObjectBinding(
                () -> row -> matches(row.metric(), search.get()), search));
        detail.bind(Bindings.createObjectBinding(
                () -> selected.get() == null ? null : detailOf(selected.get().metric()), selected));
    }

    /** Whether {@code metric} matches the search text by id, label or one of its synonyms, ignoring case. */
    static boolean matches(Metric metric, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return metric.id().toLowerCase(Locale.ROOT).contains(needle)
                || metric.label().toLowerCase(Locale.ROOT).contains(needle)
                || metric.synonyms().stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(needle));
    }

    public MetricPack pack() {
        return loaded.pack();
    }

    public String fingerprint() {
        return loaded.fingerprint();
    }

    /** "forced-labour-core 1.0.0 · published by …". */
    public String subtitle() {
        MetricPack pack = loaded.pack();
        String idVersion = tr("{0}, version {1}", pack.id(), pack.version());
        return pack.publisher() == null || pack.publisher().isBlank()
                ? idVersion : tr("{0} · published by {1}", idVersion, pack.publisher());
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The metrics that match the search, in pack order. */
    public ObservableList<MetricRow> metrics() {
        return metrics;
    }

    public ObjectProperty<MetricRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<MetricDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public List<Indicator> indicators() {
        return loaded.pack().indicators();
    }

    public List<CrossCheck> crossChecks() {
        return loaded.pack().crossChecks();
    }

    public List<FindingScale> findingScales() {
        return loaded.pack().findingScales();
    }

    public List<Source> sources() {
        return loaded.pack().sources();
    }

    /** The labels of an indicator's survey dimensions, comma separated. */
    public String dimensionsOf(Indicator indicator) {
        return indicator.dimensions().stream().map(this::dimensionLabel).collect(Collectors.joining(", "));
    }

    /** A scale's levels and the internal severity each maps to: "priority → critical, major → high". */
    public static String levelsOf(FindingScale scale) {
        return scale.levels().entrySet().stream()
                .sorted(Map.Entry.<String, Severity>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " → " + PackText.word(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** The disclosure-control defaults as label and value pairs, in reading order. */
    public List<Map.Entry<String, String>> disclosureDefaults() {
        DisclosureDefaults d = loaded.pack().disclosure();
        return List.of(
                Map.entry(tr("Minimum contributors per published cell"), String.valueOf(d.minCellSize())),
                Map.entry(tr("Lowest minimum a user may choose"), String.valueOf(d.minCellSizeFloor())),
                Map.entry(tr("Dominance: suppress a cell when one contributor holds more than"),
                        PackText.number(d.dominanceShare() * 100) + " %"),
                Map.entry(tr("Differential-privacy budget per project (epsilon)"), PackText.number(d.epsilonBudget())),
                Map.entry(tr("Default epsilon per report"), PackText.number(d.defaultEpsilon())));
    }

    /** The pack's description and its rules that are not tables, as label and text pairs. */
    public List<Map.Entry<String, String>> about() {
        MetricPack pack = loaded.pack();
        List<Map.Entry<String, String>> facts = new ArrayList<>();
        facts.add(Map.entry(tr("Description"), nullToEmpty(pack.description())));
        if (pack.combinationRule() != null) {
            CombinationRule rule = pack.combinationRule();
            facts.add(Map.entry(tr("Possible forced labour"), tr(
                    "Raised as {0} when indicators in at least one of: {1} occur together with an indicator in: {2}.",
                    PackText.word(rule.severity()),
                    rule.anyOfDimensions().stream().map(this::dimensionLabel).collect(Collectors.joining(", ")),
                    dimensionLabel(rule.withDimension()))));
        }
        if (pack.auditPolicy() != null) {
            AuditPolicy policy = pack.auditPolicy();
            facts.add(Map.entry(tr("Audit quality"), tr(
                    "Audits older than {0} months are stale; at least {1} % of workers should be interviewed; {2}",
                    String.valueOf(policy.maxAgeMonths()), PackText.number(policy.minInterviewShare() * 100),
                    policy.unannouncedExpected() ? tr("unannounced audits are expected.")
                            : tr("announced audits are accepted."))));
        }
        facts.add(Map.entry(tr("Format"), nullToEmpty(pack.format())));
        return facts;
    }

    private String dimensionLabel(String id) {
        return loaded.pack().dimensions().stream().filter(d -> d.id().equals(id))
                .map(Dimension::label).findFirst().orElse(id);
    }

    private MetricDetail detailOf(Metric metric) {
        List<MetricDetail.ThresholdLine> lines = metric.thresholds().stream()
                .map(t -> new MetricDetail.ThresholdLine(PackText.threshold(t), nullToEmpty(t.basis()), sourceOf(t)))
                .toList();
        return new MetricDetail(
                tr("{0} ({1})", metric.label(), metric.id()),
                nullToEmpty(metric.description()),
                tr("Describes: {0}. {1}", PackText.word(metric.level()),
                        metric.required() ? tr("Required in questionnaires.") : tr("Optional.")),
                String.join(", ", metric.synonyms()),
                lines);
    }

    private String sourceOf(Threshold threshold) {
        if (threshold.source() == null) {
            return "";
        }
        return loaded.pack().sources().stream()
                .filter(s -> s.id().equals(threshold.source()))
                .findFirst()
                .map(PackViewModel::describe)
                .orElse(threshold.source());
    }

    /** "Title, Publisher (2012)". */
    public static String describe(Source source) {
        StringBuilder text = new StringBuilder(source.title());
        if (source.publisher() != null && !source.publisher().isBlank()) {
            text.append(", ").append(source.publisher());
        }
        if (source.year() != null) {
            text.append(" (").append(source.year()).append(')');
        }
        return text.toString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
