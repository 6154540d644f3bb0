package org.ddworkbench.ui.dashboard;

import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.named;
import static org.ddworkbench.ui.I18n.tr;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Dashboard: cards for suppliers by risk band, findings by severity, corrective actions, data coverage and
 * the last imports, then the indicator heat map; every bar, figure and cell leads to the list behind it.
 */
public final class DashboardView {
    private final DashboardViewModel model;
    private final VBox page = new VBox(12);
    private final ScrollPane root;
    private final BarList bands;
    private final BarList severities;
    private final ActionFigures actions;
    private final BarList coverage;
    private final ImportList imports;
    private final HeatMapPane heatMap;

    public DashboardView(DashboardViewModel model) {
        this.model = model;
        bands = new BarList("dashboard-bands", tr("Suppliers by risk band"), 90, model::openSuppliers);
        severities = new BarList("dashboard-severities", tr("Open findings by severity"), 100, model::openSeverity);
        actions = new ActionFigures(model::openActions);
        coverage = new BarList("dashboard-coverage", tr("Data coverage"), 150, model::openSuppliers);
        imports = new ImportList(model::openImports);
        heatMap = new HeatMapPane(model::open);

        page.getStyleClass().add("page");
        Label summary = label("dashboard-summary", "", "muted");
        GridPane cards = cards();
        ScrollPane heatScroll = named(new ScrollPane(heatMap.grid()), "dashboard-heatmap-scroll",
                tr("Heat map of suppliers and ILO indicators"));
        heatScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        heatScroll.setFitToHeight(true);
        heatScroll.minViewportHeightProperty().bind(heatMap.grid().heightProperty());
        page.getChildren().addAll(label("dashboard-title", tr("Dashboard"), "section-title"), summary, cards,
                label("dashboard-heatmap-title", tr("ILO indicator heat map"), "subsection-title"),
                HeatMapPane.legend(), heatScroll);

        root = named(new ScrollPane(page), "dashboard-view", tr("Dashboard"));
        root.setFitToWidth(true);
        root.getStyleClass().add("dash-scroll");
        root.getStylesheets().add(DashboardView.class.getResource("dashboard.css").toExternalForm());
        VBox.setVgrow(root, Priority.ALWAYS);

        model.dataProperty().addListener((observable, old, now) -> show(now, summary));
        show(model.dataProperty().get(), summary);
    }

    public Node root() {
        return root;
    }

    /** Three columns at laptop width: bands, severities and actions above, coverage and imports below. */
    private GridPane cards() {
        GridPane cards = new GridPane();
        cards.setId("dashboard-cards");
        cards.setHgap(12);
        cards.setVgap(12);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 3);
            column.setHgrow(Priority.ALWAYS);
            column.setMinWidth(0);
            cards.getColumnConstraints().add(column);
        }
        cards.add(DashboardCard.of("dashboard-bands-card", tr("Suppliers by risk band"),
                tr("Click a band to list its suppliers."), bands.root()), 0, 0);
        cards.add(DashboardCard.of("dashboard-severities-card", tr("Open findings by severity"),
                tr("Click a severity to list its findings."), severities.root()), 1, 0);
        cards.add(DashboardCard.of("dashboard-actions-card", tr("Corrective actions"),
                tr("Click a figure to list the suppliers concerned; their actions are on the Actions tab."),
                actions.root()), 2, 0);
        cards.add(DashboardCard.of("dashboard-coverage-card", tr("Data coverage"),
                tr("Suppliers with each kind of evidence. Click a bar to list the suppliers without it."),
                coverage.root()), 0, 1);
        VBox last = DashboardCard.of("dashboard-imports-card", tr("Last imports"),
                tr("Click an import to open the Imports screen."), imports.root());
        cards.add(last, 1, 1, 2, 1);
        return cards;
    }

    private void show(DashboardData data, Label summary) {
        summary.setText(data.summary());
        bands.show(data.bands());
        severities.show(data.severities());
        actions.show(data.actions());
        coverage.show(data.coverage());
        imports.show(data.imports());
        heatMap.show(data.heatMap());
    }
}
