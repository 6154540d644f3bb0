package org.ddworkbench.ui.findings;

import static org.ddworkbench.ui.I18n.tr;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.FindingStatus;
import org.ddworkbench.model.ReviewState;
import org.ddworkbench.model.Severity;

/**
 * The Findings screen's filters: severity, ILO indicator, country, supplier, status and review, each a
 * drop-down whose choices follow the findings listed, combined into one predicate.
 */
public final class FindingFilters {
    /** The supplier key of project-wide findings, which have no supplier. */
    static final String NO_SUPPLIER = "-";

    private final ObservableList<Choice> severities = FXCollections.observableArrayList();
    private final ObservableList<Choice> indicators = FXCollections.observableArrayList();
    private final ObservableList<Choice> countries = FXCollections.observableArrayList();
    private final ObservableList<Choice> suppliers = FXCollections.observableArrayList();
    private final ObservableList<Choice> statuses = FXCollections.observableArrayList();
    private final ObservableList<Choice> reviews = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> severity = new SimpleObjectProperty<>(this, "severity");
    private final ObjectProperty<Choice> indicator = new SimpleObjectProperty<>(this, "indicator");
    private final ObjectProperty<Choice> country = new SimpleObjectProperty<>(this, "country");
    private final ObjectProperty<Choice> supplier = new SimpleObjectProperty<>(this, "supplier");
    private final ObjectProperty<Choice> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<Choice> review = new SimpleObjectProperty<>(this, "review");
    private final ObjectBinding<Predicate<FindingRow>> predicate;

    public FindingFilters(FindingText text) {
        severities.add(new Choice(null, tr("All severities")));
        for (Severity value : Severity.values()) {
            severities.add(new Choice(value.name(), FindingText.severity(value)));
        }
        indicators.add(new Choice(null, tr("All indicators")));
        text.indicatorLabels().forEach((id, label) -> indicators.add(new Choice(id, label)));
        countries.add(new Choice(null, tr("All countries")));
        suppliers.add(new Choice(null, tr("All suppliers")));
        statuses.addAll(new Choice(FindingStatus.OPEN.name(), tr("Open")),
                new Choice(FindingStatus.CLOSED.name(), tr("Closed")), new Choice(null, tr("Open and closed")));
        reviews.add(new Choice(null, tr("Any review")));
        for (ReviewState value : ReviewState.values()) {
            reviews.add(new Choice(value.name(), FindingText.review(value)));
        }
        reset();
        predicate = Bindings.createObjectBinding(() -> this::passes, severity, indicator, country, supplier,
                status, review);
    }

    /** Shows every open finding again. */
    public void reset() {
        severity.set(severities.get(0));
        indicator.set(indicators.get(0));
        country.set(countries.get(0));
        supplier.set(suppliers.get(0));
        status.set(statuses.get(0));
        review.set(reviews.get(0));
    }

    /** Rebuilds the country and supplier choices from {@code findings}, keeping what was chosen when still there. */
    void update(List<Finding> findings) {
        Map<String, String> countryLabels = new TreeMap<>();
        Map<String, String> supplierLabels = new TreeMap<>();
        for (Finding finding : findings) {
            if (finding.country() != null && !finding.country().isBlank()) {
                countryLabels.put(finding.country(), FindingText.country(finding.country()));
            }
            supplierLabels.put(supplierKey(finding), finding.supplierName() == null ? tr("Whole project")
                    : finding.supplierName());
        }
        Choice keepCountry = country.get();
        Choice keepSupplier = supplier.get();
        countries.setAll(countries.get(0));
        countryLabels.forEach((key, label) -> countries.add(new Choice(key, label)));
        suppliers.setAll(suppliers.get(0));
        supplierLabels.entrySet().stream().sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                .forEach(entry -> suppliers.add(new Choice(entry.getKey(), entry.getValue())));
        country.set(find(countries, keepCountry));
        supplier.set(find(suppliers, keepSupplier));
    }

    /** Narrows the list to one supplier's open findings on one indicator (either may be null for all). */
    void narrowTo(Long supplierId, String indicatorId) {
        reset();
        supplier.set(find(suppliers, new Choice(supplierId == null ? null : String.valueOf(supplierId), "")));
        indicator.set(find(indicators, new Choice(indicatorId, "")));
    }

    /** Narrows the list to the open findings of one severity. */
    void narrowTo(Severity wanted) {
        reset();
        severity.set(find(severities, new Choice(wanted.name(), "")));
    }

    /** Makes sure {@code finding} passes the filters, clearing those that would hide it. */
    void reveal(Finding finding) {
        FindingRow probe = new FindingRow(finding, "", "", "", "", "", "", "");
        if (!passes(probe)) {
            reset();
            if (finding.status() == FindingStatus.CLOSED) {
                status.set(statuses.get(2));
            }
        }
    }

    boolean passes(FindingRow row) {
        Finding finding = row.finding();
        return passes(severity.get(), finding.severity().name())
                && (indicator.get() == null || indicator.get().all() || finding.indicators().contains(indicator.get().key()))
                && passes(country.get(), finding.country())
                && passes(supplier.get(), supplierKey(finding))
                && passes(status.get(), finding.status().name())
                && passes(review.get(), finding.review().name());
    }

    static String supplierKey(Finding finding) {
        return finding.supplierId() == null ? NO_SUPPLIER : String.valueOf(finding.supplierId());
    }

    private static boolean passes(Choice choice, String value) {
        return choice == null || choice.all() || Objects.equals(choice.key(), value);
    }

    private static Choice find(List<Choice> choices, Choice wanted) {
        return choices.stream().filter(c -> wanted != null && Objects.equals(c.key(), wanted.key())).findFirst()
                .orElse(choices.get(0));
    }

    /** The combined filter, recomputed when any drop-down changes. */
    public ObjectBinding<Predicate<FindingRow>> predicate() {
        return predicate;
    }

    public ObservableList<Choice> severities() {
        return severities;
    }

    public ObservableList<Choice> indicators() {
        return indicators;
    }

    public ObservableList<Choice> countries() {
        return countries;
    }

    public ObservableList<Choice> suppliers() {
        return suppliers;
    }

    public ObservableList<Choice> statuses() {
        return statuses;
    }

    public ObservableList<Choice> reviews() {
        return reviews;
    }

    public ObjectProperty<Choice> severityProperty() {
        return severity;
    }

    public ObjectProperty<Choice> indicatorProperty() {
        return indicator;
    }

    public ObjectProperty<Choice> countryProperty() {
        return country;
    }

    public ObjectProperty<Choice> supplierProperty() {
        return supplier;
    }

    public ObjectProperty<Choice> statusProperty() {
        return status;
    }

    public ObjectProperty<Choice> reviewProperty() {
        return review;
    }
}
