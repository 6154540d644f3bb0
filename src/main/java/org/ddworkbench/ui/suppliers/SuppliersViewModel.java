package org.ddworkbench.ui.suppliers;

import static org.ddworkbench.ui.I18n.tr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.ddworkbench.model.SupplierEvidence;
import org.ddworkbench.model.SupplierMatch;
import org.ddworkbench.model.SupplierSummary;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.DialogService;
import org.ddworkbench.ui.imports.ImportedData;
import org.ddworkbench.ui.imports.TargetChoices;

/**
 * State of the Suppliers screen: the project's suppliers with a text filter, country, sector and tier filters
 * and an optional group asked for by the Dashboard, what each file said about the selected supplier, and the
 * uncertain matches awaiting review.
 */
public final class SuppliersViewModel {
    private final ImportedData data;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final TargetChoices names;
    private final ObservableList<SupplierRow> all = FXCollections.observableArrayList();
    private final FilteredList<SupplierRow> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObservableList<FilterChoice> countries = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice> sectors = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice> tiers = FXCollections.observableArrayList();
    private final ObjectProperty<FilterChoice> country = new SimpleObjectProperty<>(this, "country");
    private final ObjectProperty<FilterChoice> sector = new SimpleObjectProperty<>(this, "sector");
    private final ObjectProperty<FilterChoice> tier = new SimpleObjectProperty<>(this, "tier");
    private final ObjectProperty<SupplierSubset> subset = new SimpleObjectProperty<>(this, "subset");
    private final ObjectProperty<SupplierRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<EvidenceGroup> evidence = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper evidenceStatus = new ReadOnlyStringWrapper(this, "evidenceStatus", "");
    private final ObservableList<SupplierMatch> matches = FXCollections.observableArrayList();

    public SuppliersViewModel(ImportedData data, BackgroundRunner runner, DialogService dialogs) {
        this.data = data;
        this.runner = runner;
        this.dialogs = dialogs;
        this.names = new TargetChoices(data.project().pack().pack());
        resetChoices();
        country.set(countries.get(0));
        sector.set(sectors.get(0));
        tier.set(tiers.get(0));
        shown.predicateProperty().bind(Bindings.createObjectBinding(
                () -> row -> (subset.get() == null || subset.get().contains(row.supplier().id()))
                        && matches(row, filter.get(), country.get(), sector.get(), tier.get()),
                filter, country, sector, tier, subset));
        selected.addListener((observable, old, row) -> loadEvidence(row));
        showEvidenceStatus(null);
        data.revisionProperty().addListener((observable, old, now) -> refresh());
    }

    /** Whether a supplier passes the filters: the text in its name, external id, sector or country, and each chosen filter. */
    static boolean matches(SupplierRow row, String text, FilterChoice country, FilterChoice sector, FilterChoice tier) {
        SupplierSummary supplier = row.supplier();
        if (!passes(country, supplier.country()) || !passes(sector, supplier.sector())
                || !passes(tier, supplier.tier() == null ? null : String.valueOf(supplier.tier()))) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return contains(supplier.name(), needle) || contains(supplier.externalId(), needle)
                || contains(supplier.sector(), needle) || contains(row.country(), needle);
    }

    /** Shows only {@code group} (the other filters cleared), as a Dashboard chart asks; null shows every supplier. */
    public void showOnly(SupplierSubset group) {
        filter.set("");
        country.set(countries.get(0));
        sector.set(sectors.get(0));
        tier.set(tiers.get(0));
        subset.set(group);
    }

    /** Reads the suppliers and the matches awaiting review in the background. */
    public void refresh() {
        runner.run(tr("Reading the suppliers…"),
                (progress, cancellation) -> new Snapshot(data.service().suppliers(data.project()),
                        data.service().pendingMatches(data.project())),
                this::show,
                failure -> dialogs.showFailure(tr("Could not read the suppliers"), failure));
    }

    private void show(Snapshot snapshot) {
        long keep = selected.get() == null ? -1 : selected.get().supplier().id();
        all.setAll(snapshot.suppliers().stream()
                .sorted(Comparator.comparing(SupplierSummary::name, String.CASE_INSENSITIVE_ORDER))
                .map(s -> new SupplierRow(s, Countries.describe(s.country()),
                        s.tier() == null ? "" : tr("Tier {0}", String.valueOf(s.tier()))))
                .toList());
        matches.setAll(snapshot.matches());
        FilterChoice keepCountry = country.get();
        FilterChoice keepSector = sector.get();
        FilterChoice keepTier = tier.get();
        resetChoices();
        countries.addAll(choices(SupplierSummary::country, Countries::describe));
        sectors.addAll(choices(SupplierSummary::sector, Function.identity()));
        tiers.addAll(choices(s -> s.tier() == null ? null : String.valueOf(s.tier()), t -> tr("Tier {0}", t)));
        country.set(find(countries, keepCountry));
        sector.set(find(sectors, keepSector));
        tier.set(find(tiers, keepTier));
        SupplierRow again = all.stream().filter(r -> r.supplier().id() == keep).findFirst().orElse(null);
        if (again == null || !again.equals(selected.get())) {
            selected.set(again);
        } else {
            loadEvidence(again);
        }
    }

    private void loadEvidence(SupplierRow row) {
        evidence.clear();
        showEvidenceStatus(row);
        if (row == null) {
            return;
        }
        long id = row.supplier().id();
        runner.run(tr("Reading what the files said about {0}…", row.supplier().name()),
                (progress, cancellation) -> data.service().supplierEvidence(data.project(), id),
                found -> {
                    if (selected.get() != null && selected.get().supplier().id() == id) {
                        evidence.setAll(group(found));
                        evidenceStatus.set(found.isEmpty() ? tr("No file has given values about this supplier yet.")
                                : tr("{0}: {1,choice,1#1 value|1<{1,number,integer} values} from "
                                        + "{2,choice,1#1 file|1<{2,number,integer} files}",
                                        row.supplier().name(), found.size(), evidence.size()));
                    }
                },
                failure -> dialogs.showFailure(tr("Could not read what the files said about {0}",
                        row.supplier().name()), failure));
    }

    private void showEvidenceStatus(SupplierRow row) {
        evidenceStatus.set(row == null ? tr("Select a supplier to see what each file said about it.")
                : tr("Reading what the files said about {0}…", row.supplier().name()));
    }

    /** Groups evidence by file, in the order the files first appear, with metric ids in words. */
    List<EvidenceGroup> group(List<SupplierEvidence> found) {
        Map<String, List<SupplierEvidence>> byFile = new LinkedHashMap<>();
        for (SupplierEvidence item : found) {
            byFile.computeIfAbsent(item.fileSha256() + "/" + item.fileName(), key -> new ArrayList<>()).add(item);
        }
        List<EvidenceGroup> groups = new ArrayList<>();
        for (List<SupplierEvidence> items : byFile.values()) {
            SupplierEvidence first = items.get(0);
            groups.add(new EvidenceGroup(first.fileName(), first.kind(), first.fileSha256(), items.stream()
                    .map(e -> new EvidenceGroup.Line(e.sheet(), e.row() == 0 ? "" : String.valueOf(e.row()),
                            e.column(), names.describeTarget(e.metricId()), e.value()))
                    .toList()));
        }
        return groups;
    }

    private void resetChoices() {
        countries.setAll(new FilterChoice(null, tr("All countries")));
        sectors.setAll(new FilterChoice(null, tr("All sectors")));
        tiers.setAll(new FilterChoice(null, tr("All tiers")));
    }

    private List<FilterChoice> choices(Function<SupplierSummary, String> key, Function<String, String> label) {
        TreeSet<String> keys = new TreeSet<>();
        all.forEach(row -> {
            String value = key.apply(row.supplier());
            if (value != null && !value.isBlank()) {
                keys.add(value);
            }
        });
        return keys.stream().map(k -> new FilterChoice(k, label.apply(k))).toList();
    }

    private static FilterChoice find(List<FilterChoice> choices, FilterChoice wanted) {
        return choices.stream().filter(c -> wanted != null && Objects.equals(c.key(), wanted.key())).findFirst()
                .orElse(choices.get(0));
    }

    private static boolean passes(FilterChoice choice, String value) {
        return choice == null || choice.all() || choice.key().equalsIgnoreCase(value == null ? "" : value);
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }

    /** The suppliers that pass the filters, by name. */
    public ObservableList<SupplierRow> suppliers() {
        return shown;
    }

    /** Every supplier, filtered or not. */
    public ObservableList<SupplierRow> allSuppliers() {
        return all;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObservableList<FilterChoice> countries() {
        return countries;
    }

    public ObservableList<FilterChoice> sectors() {
        return sectors;
    }

    public ObservableList<FilterChoice> tiers() {
        return tiers;
    }

    public ObjectProperty<FilterChoice> countryProperty() {
        return country;
    }

    public ObjectProperty<FilterChoice> sectorProperty() {
        return sector;
    }

    public ObjectProperty<FilterChoice> tierProperty() {
        return tier;
    }

    /** The group shown alone, or null when the filters alone decide. */
    public ObjectProperty<SupplierSubset> subsetProperty() {
        return subset;
    }

    public ObjectProperty<SupplierRow> selectedProperty() {
        return selected;
    }

    public ObservableList<EvidenceGroup> evidence() {
        return evidence;
    }

    /** A line above the evidence: what to do, that it is being read, or how many files spoke. */
    public ReadOnlyStringProperty evidenceStatusProperty() {
        return evidenceStatus.getReadOnlyProperty();
    }

    /** Names in imported files that resemble a supplier but were kept separate, for review. */
    public ObservableList<SupplierMatch> pendingMatches() {
        return matches;
    }

    private record Snapshot(List<SupplierSummary> suppliers, List<SupplierMatch> matches) {
    }
}
