package org.ddworkbench.ui.dashboard;

import static org.ddworkbench.ui.I18n.tr;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ddworkbench.check.CheckService.FindingQuery;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.HeatMap;
import org.ddworkbench.model.Indicator;
import org.ddworkbench.model.Severity;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.DialogService;
import org.ddworkbench.ui.findings.FindingData;
import org.ddworkbench.ui.findings.FindingText;

/**
 * State of the Dashboard: open findings counted by severity, and the indicator heat map (suppliers × ILO
 * indicators) whose cells lead to the findings behind them.
 */
public final class DashboardViewModel {
    private final FindingData data;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final BiConsumer<Long, String> openFindings;
    private final ObservableList<SeverityCount> counts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<HeatGrid> heatMap = new ReadOnlyObjectWrapper<>(this, "heatMap", HeatGrid.EMPTY);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    /** {@code openFindings} shows the Findings screen narrowed to a supplier and an indicator. */
    public DashboardViewModel(FindingData data, BackgroundRunner runner, DialogService dialogs,
            BiConsumer<Long, String> openFindings) {
        this.data = data;
        this.runner = runner;
        this.dialogs = dialogs;
        this.openFindings = openFindings;
        showCounts(List.of());
        data.revisionProperty().addListener((observable, old, now) -> refresh());
    }

    /** Reads the open findings and the heat map in the background. */
    public void refresh() {
        runner.run(tr("Reading the dashboard…"),
                (progress, cancellation) -> new Snapshot(
                        data.checks().findings(data.project(), FindingQuery.OPEN),
                        data.risks().heatMap(data.project())),
                this::show,
                failure -> dialogs.showFailure(tr("Could not read the dashboard"), failure));
    }

    /** Shows the findings behind a heat-map cell on the Findings screen. */
    public void open(HeatGrid.Cell cell) {
        openFindings.accept(cell.supplierId(), cell.indicatorId());
    }

    private void show(Snapshot snapshot) {
        List<Finding> counting = snapshot.findings().stream().filter(Finding::counts).toList();
        showCounts(counting);
        heatMap.set(grid(snapshot.heatMap()));
        summary.set(counting.isEmpty() && snapshot.heatMap().rows().isEmpty()
                ? tr("No open findings. Import data and run the checks on the Findings screen to fill the dashboard.")
                : tr("{0} open findings across {1} suppliers. Suppliers are listed highest risk first; click a "
                        + "cell to see its findings.", String.valueOf(counting.size()),
                        String.valueOf(snapshot.heatMap().rows().size())));
    }

    private void showCounts(List<Finding> counting) {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        counting.forEach(finding -> bySeverity.merge(finding.severity(), 1, Integer::sum));
        List<SeverityCount> shown = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            shown.add(new SeverityCount(severity, FindingText.severity(severity), bySeverity.getOrDefault(severity, 0)));
        }
        counts.setAll(shown);
    }

    /** The heat map with a cell for every supplier × indicator, tooltips in words. */
    static HeatGrid grid(HeatMap map) {
        List<HeatGrid.Column> columns = map.indicators().stream()
                .map(indicator -> new HeatGrid.Column(indicator.id(), indicator.label())).toList();
        List<HeatGrid.Row> rows = new ArrayList<>();
        for (HeatMap.Row row : map.rows()) {
            List<HeatGrid.Cell> cells = new ArrayList<>();
            for (Indicator indicator : map.indicators()) {
                HeatMap.Cell cell = row.cells().get(indicator.id());
                cells.add(cell == null || cell.findings() == 0
                        ? new HeatGrid.Cell(row.supplierId(), indicator.id(), null, 0, "",
                                tr("{0} · {1}: no open findings", row.supplierName(), indicator.label()))
                        : new HeatGrid.Cell(row.supplierId(), indicator.id(), cell.worst(), cell.findings(),
                                String.valueOf(cell.findings()),
                                tr("{0} · {1}: {2,choice,1#1 open finding|1<{2,number,integer} open findings}, "
                                        + "worst {3}", row.supplierName(), indicator.label(), cell.findings(),
                                        FindingText.severity(cell.worst()).toLowerCase(Locale.ROOT))));
            }
            rows.add(new HeatGrid.Row(row.supplierId(), row.supplierName(), FindingText.country(row.country()),
                    String.format(Locale.ROOT, "%.2f", row.riskScore()), cells));
        }
        return new HeatGrid(columns, rows);
    }

    /** Open findings by severity, most severe first, zero included. */
    public ObservableList<SeverityCount> counts() {
        return counts;
    }

    public ReadOnlyObjectProperty<HeatGrid> heatMapProperty() {
        return heatMap.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private record Snapshot(List<Finding> findings, HeatMap heatMap) {
    }
}
