package org.ddworkbench.ui.suppliers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.SupplierEvidence;
import org.ddworkbench.model.SupplierMatch;
import org.ddworkbench.model.SupplierSummary;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.Fakes.FakeProject;
import org.ddworkbench.ui.Fakes.RecordingDialogs;
import org.ddworkbench.ui.imports.FakeImportService;
import org.ddworkbench.ui.imports.ImportedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SuppliersViewModelTest {
    private final FakeImportService service = new FakeImportService();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ImportedData data = new ImportedData(new FakeProject(Path.of("/tmp/p"), "P"), service);
    private final SuppliersViewModel model = new SuppliersViewModel(data, BackgroundRunner.inline(), dialogs);

    @BeforeEach
    void suppliers() {
        service.suppliers.add(new SupplierSummary(1, "Gulf Lantern Seafoods Co., Ltd.", "TH", "Seafood", 1,
                "TH2020154GLS4K2Q", 3, 40));
        service.suppliers.add(new SupplierSummary(2, "Lotus Loom Garments", "TH", "Apparel", 1, null, 2, 25));
        service.suppliers.add(new SupplierSummary(3, "Irrawaddy Cotton Spinners", "MM", "Apparel", 2, null, 1, 8));
        service.suppliers.add(new SupplierSummary(4, "Unknown Trims", null, null, null, null, 1, 0));
        service.matches.add(new SupplierMatch("Gulf Lantern Seafood", "TH", 1, "Gulf Lantern Seafoods Co., Ltd.",
                0.87, "SAQ", 3));
        model.refresh();
    }

    @Test
    void listsSuppliersByNameWithCountryNamesAndFilterChoices() {
        assertThat(model.suppliers()).extracting(row -> row.supplier().name()).containsExactly(
                "Gulf Lantern Seafoods Co., Ltd.", "Irrawaddy Cotton Spinners", "Lotus Loom Garments", "Unknown Trims");
        assertThat(model.suppliers().get(0).country()).isEqualTo("TH · Thailand");
        assertThat(model.suppliers().get(3).country()).isEqualTo("not resolved");
        assertThat(model.countries()).extracting(FilterChoice::label)
                .containsExactly("All countries", "MM · Myanmar (Burma)", "TH · Thailand");
        assertThat(model.tiers()).extracting(FilterChoice::label).containsExactly("All tiers", "Tier 1", "Tier 2");
        assertThat(model.pendingMatches()).hasSize(1);
    }

    @Test
    void aGroupFromTheDashboardShowsOnlyItsSuppliersUntilCleared() {
        model.filterProperty().set("thai");

        model.showOnly(new SupplierSubset("risk band High", Set.of(2L, 3L)));

        assertThat(model.filterProperty().get()).isEmpty();
        assertThat(model.suppliers()).extracting(row -> row.supplier().id()).containsExactly(3L, 2L);
        model.refresh();
        assertThat(model.suppliers()).hasSize(2);

        model.showOnly(null);
        assertThat(model.suppliers()).hasSize(4);
    }

    @Test
    void filtersCombineTextCountrySectorAndTier() {
        model.filterProperty().set("thai");
        assertThat(model.suppliers()).hasSize(2);

        model.filterProperty().set("");
        model.sectorProperty().set(new FilterChoice("Apparel", "Apparel"));
        assertThat(model.suppliers()).hasSize(2);

        model.countryProperty().set(new FilterChoice("TH", "TH · Thailand"));
        assertThat(model.suppliers()).extracting(row -> row.supplier().name()).containsExactly("Lotus Loom Garments");

        model.tierProperty().set(new FilterChoice("2", "Tier 2"));
        assertThat(model.suppliers()).isEmpty();

        model.countryProperty().set(model.countries().get(0));
        model.filterProperty().set("spinners");
        assertThat(model.suppliers()).extracting(row -> row.supplier().name())
                .containsExactly("Irrawaddy Cotton Spinners");
        assertThat(model.allSuppliers()).hasSize(4);
    }

    @Test
    void theFilterFindsExternalIds() {
        model.filterProperty().set("th2020154");

        assertThat(model.suppliers()).extracting(row -> row.supplier().id()).containsExactly(1L);
    }

    @Test
    void whatEachFileSaidIsGroupedByFileWithMetricNames() {
        service.evidence.put(1L, List.of(
                new SupplierEvidence(DataSourceKind.SUPPLIER_LIST, "suppliers.csv", "aa", "suppliers", 2, "B",
                        "SUPPLIER_COUNTRY", "TH"),
                new SupplierEvidence(DataSourceKind.SAQ, "gulf.xlsx", "bb", "SAQ", 14, "B", "weekly_hours", "48"),
                new SupplierEvidence(DataSourceKind.SAQ, "gulf.xlsx", "bb", "SAQ", 15, "B", "passports_retained",
                        "no")));

        model.selectedProperty().set(model.suppliers().get(0));

        assertThat(model.evidence()).extracting(EvidenceGroup::fileName).containsExactly("suppliers.csv", "gulf.xlsx");
        assertThat(model.evidence().get(1).lines()).extracting(EvidenceGroup.Line::metric)
                .containsExactly("Total weekly working hours", "Identity documents retained");
        assertThat(model.evidence().get(0).lines().get(0).metric()).isEqualTo("Supplier country");
        assertThat(model.evidenceStatusProperty().get()).isEqualTo("Gulf Lantern Seafoods Co., Ltd.: 3 values from 2 files");
    }

    @Test
    void anImportElsewhereRefreshesTheListAndKeepsTheSelection() {
        model.selectedProperty().set(model.suppliers().get(1));
        service.suppliers.add(new SupplierSummary(5, "Andaman Kestrel Fishing Co.", "TH", "Seafood", 2, null, 1, 3));

        data.changed();

        assertThat(model.allSuppliers()).hasSize(5);
        assertThat(model.selectedProperty().get().supplier().id()).isEqualTo(3L);
    }
}
