package org.ddworkbench.ui.dashboard;

import static org.ddworkbench.ui.Controls.button;
import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.I18n.tr;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.ddworkbench.model.Severity;
import org.ddworkbench.ui.findings.FindingText;

/** The suppliers × ILO indicators heat map, coloured by the worst open finding; a cell opens its findings. */
final class HeatMapPane {
    private static final double CELL_WIDTH = 67;
    private static final double SUPPLIER_WIDTH = 180;

    private final GridPane grid = new GridPane();
    private final Consumer<HeatGrid.Cell> open;

    HeatMapPane(Consumer<HeatGrid.Cell> open) {
        this.open = open;
        grid.setId("dashboard-heatmap");
        grid.getStyleClass().add("heat-map");
        grid.setHgap(3);
        grid.setVgap(3);
    }

    GridPane grid() {
        return grid;
    }

    void show(HeatGrid heat) {
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
        button.setOnAction(event -> open.accept(cell));
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

    /** What the colours mean. */
    static Node legend() {
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
