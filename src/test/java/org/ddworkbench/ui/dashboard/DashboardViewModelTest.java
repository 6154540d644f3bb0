package org.ddworkbench.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.ui.findings.FakeChecks.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ddworkbench.model.FindingStatus;
import org.ddworkbench.model.HeatMap;
import org.ddworkbench.model.Indicator;
import org.ddworkbench.model.ReviewState;
import org.ddworkbench.model.Severity;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.Fakes.RecordingDialogs;
import org.ddworkbench.ui.findings.FakeChecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DashboardViewModelTest {
    private final FakeChecks checks = new FakeChecks();
    private final List<String> opened = new ArrayList<>();
    private final DashboardViewModel model = new DashboardViewModel(checks.data(), BackgroundRunner.inline(),
            new RecordingDialogs(), (supplier, indicator) -> opened.add(supplier + "/" + indicator));

    @BeforeEach
    void data() {
        checks.add(finding(1, Severity.CRITICAL, 10L, "Gulf Lantern", "TH", List.of("documents"),
                FindingStatus.OPEN, ReviewState.UNREVIEWED, 1));
        checks.add(finding(2, Severity.HIGH, 10L, "Gulf Lantern", "TH", List.of("overtime"),
                FindingStatus.OPEN, ReviewState.UNREVIEWED, 1));
        checks.add(finding(3, Severity.HIGH, 11L, "Lotus Loom", "TH", List.of("overtime"),
                FindingStatus.OPEN, ReviewState.FALSE_POSITIVE, 1));
        checks.add(finding(4, Severity.LOW, 11L, "Lotus Loom", "TH", List.of("overtime"),
                FindingStatus.CLOSED, ReviewState.UNREVIEWED, 1));
        checks.heatMap = new HeatMap(
                List.of(new Indicator("overtime", "Excessive overtime", "", List.of()),
                        new Indicator("documents", "Retention of identity documents", "", List.of())),
                List.of(new HeatMap.Row(10, "Gulf Lantern", "TH", 42.5, Map.of(
                                "overtime", new HeatMap.Cell(Severity.HIGH, 1),
                                "documents", new HeatMap.Cell(Severity.CRITICAL, 2))),
                        new HeatMap.Row(11, "Lotus Loom", "TH", 3.25, Map.of())));
        model.refresh();
    }

    @Test
    void countsOnlyOpenFindingsThatCountBySeverity() {
        assertThat(model.counts()).extracting(c -> c.label() + "=" + c.count())
                .containsExactly("Critical=1", "High=1", "Medium=0", "Low=0", "Information=0");
        assertThat(model.summaryProperty().get()).startsWith("2 open findings across 2 suppliers.");
    }

    @Test
    void theHeatMapHasACellForEverySupplierAndIndicatorInTheServiceOrder() {
        HeatGrid grid = model.heatMapProperty().get();

        assertThat(grid.columns()).extracting(HeatGrid.Column::label)
                .containsExactly("Excessive overtime", "Retention of identity documents");
        assertThat(grid.rows()).extracting(HeatGrid.Row::supplier).containsExactly("Gulf Lantern", "Lotus Loom");
        HeatGrid.Row first = grid.rows().get(0);
        assertThat(first.score()).isEqualTo("42.50");
        assertThat(first.country()).isEqualTo("TH · Thailand");
        assertThat(first.cells()).extracting(HeatGrid.Cell::worst).containsExactly(Severity.HIGH, Severity.CRITICAL);
        assertThat(first.cells().get(1).text()).isEqualTo("2");
        assertThat(first.cells().get(1).tooltip())
                .isEqualTo("Gulf Lantern · Retention of identity documents: 2 open findings, worst critical");
        HeatGrid.Row second = grid.rows().get(1);
        assertThat(second.cells()).allMatch(HeatGrid.Cell::empty);
        assertThat(second.cells().get(0).tooltip()).isEqualTo("Lotus Loom · Excessive overtime: no open findings");
    }

    @Test
    void clickingACellAsksForThatSuppliersFindingsOnThatIndicator() {
        model.open(model.heatMapProperty().get().rows().get(0).cells().get(0));

        assertThat(opened).containsExactly("10/overtime");
    }

    @Test
    void anEmptyProjectSaysHowToFillTheDashboard() {
        checks.findings.clear();
        checks.heatMap = new HeatMap(List.of(), List.of());

        model.refresh();

        assertThat(model.summaryProperty().get()).startsWith("No open findings.");
        assertThat(model.heatMapProperty().get().rows()).isEmpty();
    }
}
