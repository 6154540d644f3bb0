package org.ddworkbench.ui.dashboard;

import static org.ddworkbench.ui.I18n.tr;

import java.time.ZoneId;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.ddworkbench.model.Severity;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.DialogService;
import org.ddworkbench.ui.findings.FindingData;
import org.ddworkbench.ui.imports.ImportedData;
import org.ddworkbench.ui.suppliers.SupplierSubset;

/**
 * State of the Dashboard: suppliers by risk band, open findings by severity, corrective actions due and overdue,
 * data coverage, the last imports and the indicator heat map, each leading to the list behind it.
 */
public final class DashboardViewModel {
    private final DashboardLoader loader;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final DashboardLinks links;
    private final ReadOnlyObjectWrapper<DashboardData> data =
            new ReadOnlyObjectWrapper<>(this, "data", DashboardData.EMPTY);

    /** {@code zone} is the user's, for the times of the imports. */
    public DashboardViewModel(FindingData checked, ImportedData imported, ZoneId zone,
            BackgroundRunner runner, DialogService dialogs, DashboardLinks links) {
        this.loader = new DashboardLoader(checked, imported, zone);
        this.runner = runner;
        this.dialogs = dialogs;
        this.links = links;
        // Checks, reviews, actions and imports all change what the Dashboard shows.
        checked.revisionProperty().addListener((observable, old, now) -> refresh());
        imported.revisionProperty().addListener((observable, old, now) -> refresh());
    }

    /** Reads everything the Dashboard shows in one background task. */
    public void refresh() {
        runner.run(tr("Reading the dashboard…"), loader::load, data::set,
                failure -> dialogs.showFailure(tr("Could not read the dashboard"), failure));
    }

    /** Shows the findings behind a heat-map cell on the Findings screen. */
    public void open(HeatGrid.Cell cell) {
        links.findingsOnIndicator().accept(cell.supplierId(), cell.indicatorId());
    }

    /** Shows the open findings of a severity bar on the Findings screen. */
    public void openSeverity(Bar bar) {
        links.findingsOfSeverity().accept(Severity.valueOf(bar.key()));
    }

    /** Shows the suppliers behind a risk-band or coverage bar on the Suppliers screen. */
    public void openSuppliers(Bar bar) {
        openSuppliers(bar.target());
    }

    /** Shows the suppliers of overdue corrective actions (or of actions due soon) on the Suppliers screen. */
    public void openActions(boolean overdue) {
        ActionsDue actions = data.get().actions();
        openSuppliers(overdue ? actions.overdueSuppliers() : actions.dueSoonSuppliers());
    }

    /** Shows the Imports screen. */
    public void openImports() {
        links.imports().run();
    }

    private void openSuppliers(SupplierSubset subset) {
        links.suppliers().accept(subset);
    }

    /** What the Dashboard shows; replaced as a whole after every read. */
    public ReadOnlyObjectProperty<DashboardData> dataProperty() {
        return data.getReadOnlyProperty();
    }
}
