package org.ddworkbench.ui.dashboard;

import static org.ddworkbench.ui.Controls.button;
import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.named;
import static org.ddworkbench.ui.I18n.tr;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ddworkbench.model.Severity;
import org.ddworkbench.ui.findings.FindingText;

/** The Dashboard: open findings by severity, and the suppliers × ILO indicators heat map. */
public final class DashboardView {
    private static final double CELL_WIDTH = 67;
    private static final double SUPPLIER_WIDTH = 180;

    private final DashboardViewModel model;
    private final VBox root = new VBox();
    private final HBox counts = new HBox(12);
    private final GridPane grid = new GridPane();

    public DashboardView(DashboardViewModel model) {
        this.model = model;
        root.setId("dashboard-view");
        root.getStyleClass().add("page");
        counts.setId("dashboard-counts");
        grid.setId("dashboard-heatmap");
        grid.getStyleClass().add("heat-map");
        grid.setHgap(3);
        grid.setVgap(3);

        Label summary = label("dashboard-summary", "", "muted");
        summary.textProperty().bind(model.summaryProperty());
        ScrollPane scroll = named(new ScrollPane(grid), "dashboard-heatmap-scroll",
                tr("Heat map of suppliers and ILO indicators"));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(label("dashboard-title", tr("Dashboard"), "section-title"), summary,
                label("dashboard-counts-title", tr("Open findings by severity"), "subsection-title"), counts,
                label("dashboard-heatmap-title", tr("ILO indicator heat map"), "subsection-title"), legend(), scroll);

        model.counts().addListener((ListChangeListener<SeverityCount>) change -> showCounts());
        model.heatMapProperty().addListener((observable, old, now) -> showGrid(now));
        showCounts();
        showGrid(model.heatMapProperty().get());
    }

    public Node root() {
        return root;
    }

    private void showCounts() {
        counts.getChildren().clear();
        for (SeverityCount count : model.counts()) {
            String key = count.severity().name().toLowerCase(Locale.ROOT);
            Label number = label("dashboard-count-" + key, String.valueOf(count.count()), "count-number");
            number.accessibleTextProperty().unbind();
            number.setAccessibleText(tr("{0}: {1} open findings", count.label(), String.valueOf(count.count())));
            VBox card = new VBox(2, number, label("dashboard-count-label-" + key, count.label(), "count-label"));
            card.getStyleClass().addAll("count-card", FindingText.styleClass(count.severity()));
            card.setMinWidth(110);
            counts.getChildren().add(card);
        }
    }

    private void showGrid(HeatGrid heat) {
        grid.getChildren().clear();
        if (heat.rows().isEmpty()) {
            grid.add(label("heat-empty", tr("No supplier has open findings yet."), "muted"), 0, 0);
            return;
        }
        grid.add(header("heat-header-supplier", tr("Supplier"), SUPPLIER_WIDTH), 0, 0);
        grid.add(header("heat-header-score", tr("Risk score"), 52), 1, 0);
        for (int c = 0; c < heat.columns().size(); c++) {
            HeatGrid.Column column = heat.columns().get(c);
            grid.add(header("heat-header-" + column.indicatorId(), column.label(), CELL_WIDTH), c + 2, 0);
        }
        for (int r = 0; r < heat.rows().size(); r++) {
            HeatGrid.Row row = heat.rows().get(r);
            Label name = label("heat-row-" + r, row.country().isEmpty() ? row.supplier()
                    : row.supplier() + "\n" + row.country(), "heat-supplier");
            name.setPrefWidth(SUPPLIER_WIDTH);
            grid.add(name, 0, r + 1);
            Label score = label("heat-score-" + r, row.score(), "heat-score");
            score.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHalignment(score, HPos.RIGHT);
            grid.add(score, 1, r + 1);
            for (int c = 0; c < row.cells().size(); c++) {
                grid.add(cell(row.cells().get(c), r, c), c + 2, r + 1);
            }
        }
    }

    private Node cell(HeatGrid.Cell cell, int row, int column) {
        if (cell.empty()) {
            Region empty = new Region();
            empty.setId("heat-cell-" + row + "-" + column);
            empty.getStyleClass().addAll("heat-cell", "heat-empty");
            empty.setPrefSize(CELL_WIDTH, 34);
            Tooltip.install(empty, new Tooltip(cell.tooltip()));
            return empty;
        }
        Button button = button("heat-cell-" + row + "-" + column, cell.text());
        button.setAccessibleText(cell.tooltip());
        button.setTooltip(new Tooltip(cell.tooltip()));
        button.getStyleClass().addAll("heat-cell", FindingText.styleClass(cell.worst()));
        button.setPrefSize(CELL_WIDTH, 34);
        button.setMinSize(CELL_WIDTH, 34);
        button.setOnAction(event -> model.open(cell));
        return button;
    }

    private static Label header(String id, String text, double width) {
        Label header = label(id, text, "heat-header");
        header.setPrefWidth(width);
        header.setMaxWidth(width);
        header.setAlignment(Pos.BOTTOM_CENTER);
        GridPane.setValignment(header, VPos.BOTTOM);
        return header;
    }

    private static Node legend() {
        HBox legend = new HBox(14);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getChildren().add(label("heat-legend-text", tr("Colour: worst open finding."), "hint"));
        for (Severity severity : Severity.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("heat-swatch", FindingText.styleClass(severity));
            swatch.setPrefSize(14, 14);
            swatch.setMinSize(14, 14);
            String key = severity.name().toLowerCase(Locale.ROOT);
            HBox item = new HBox(5, swatch, label("heat-legend-" + key, FindingText.severity(severity), "hint"));
            item.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(item);
        }
        return legend;
    }
}
