package org.ddworkbench.ui.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.ddworkbench.ui.TestPacks;
import org.junit.jupiter.api.Test;

class PackViewModelTest {
    private final PackViewModel model = new PackViewModel(TestPacks.small());

    @Test
    void emptySearchShowsEveryMetricInPackOrder() {
        assertThat(model.metrics()).extracting(MetricRow::id)
                .containsExactly("weekly_hours", "recruitment_fee_months", "passports_retained");
    }

    @Test
    void searchMatchesIdLabelAndSynonymIgnoringCase() {
        model.searchProperty().set("FEE_MONTHS");
        assertThat(model.metrics()).extracting(MetricRow::id).containsExactly("recruitment_fee_months");

        model.searchProperty().set("identity documents");
        assertThat(model.metrics()).extracting(MetricRow::id).containsExactly("passports_retained");

        model.searchProperty().set("arbeitsstunden");
        assertThat(model.metrics()).extracting(MetricRow::id).containsExactly("weekly_hours");

        model.searchProperty().set("  ");
        assertThat(model.metrics()).hasSize(3);
    }

    @Test
    void searchThatMatchesNothingEmptiesTheTable() {
        model.searchProperty().set("no such metric");

        assertThat(model.metrics()).isEmpty();
    }

    @Test
    void rowsSummariseRangeSourcesAndThresholds() {
        MetricRow hours = model.metrics().get(0);
        assertThat(hours.range()).isEqualTo("0 – 168");
        assertThat(hours.collectedBy()).isEqualTo("Worker survey, Audit");
        assertThat(hours.thresholds()).isEqualTo("> 60 red (≥ 10% of workers)");

        MetricRow fees = model.metrics().get(1);
        assertThat(fees.range()).isEqualTo("≥ 0");
        assertThat(fees.thresholds()).isEqualTo("> 0 red");

        MetricRow passports = model.metrics().get(2);
        assertThat(passports.range()).isEqualTo("yes / no");
        assertThat(passports.unit()).isEmpty();
        assertThat(passports.thresholds()).isEqualTo("= yes red");
    }

    @Test
    void selectingAMetricExplainsEachThresholdWithItsBasisAndSource() {
        assertThat(model.detailProperty().get()).isNull();

        model.selectedProperty().set(model.metrics().get(0));

        MetricDetail detail = model.detailProperty().get();
        assertThat(detail.title()).isEqualTo("Total weekly working hours (weekly_hours)");
        assertThat(detail.synonyms()).isEqualTo("hours per week, Arbeitsstunden");
        assertThat(detail.thresholds()).singleElement().satisfies(line -> {
            assertThat(line.summary()).isEqualTo("> 60 red (≥ 10% of workers)");
            assertThat(line.basis()).isEqualTo("More than 60 total hours a week.");
            assertThat(line.source()).isEqualTo("ILO indicators of forced labour, ILO (2012)");
        });
    }

    @Test
    void unknownSourceIdIsShownAsIs() {
        model.selectedProperty().set(model.metrics().get(2));

        assertThat(model.detailProperty().get().thresholds().get(0).source()).isEqualTo("missing_source");
    }

    @Test
    void indicatorsNameTheirDimensionsAndScalesTheirSeverities() {
        assertThat(model.dimensionsOf(model.indicators().get(0))).isEqualTo("Work and life under duress");
        assertThat(PackViewModel.levelsOf(model.findingScales().get(0))).isEqualTo("priority → critical, minor → low");
        assertThat(PackText.tolerance(model.crossChecks().get(0).tolerance())).isEqualTo("± 2");
        assertThat(PackText.operand(model.crossChecks().get(0).observed()))
                .isEqualTo("mean of weekly_hours (Worker survey)");
    }

    @Test
    void disclosureDefaultsAreListedReadably() {
        assertThat(model.disclosureDefaults()).extracting(e -> e.getValue())
                .containsExactly("5", "3", "85 %", "3", "0.5");
    }
}
