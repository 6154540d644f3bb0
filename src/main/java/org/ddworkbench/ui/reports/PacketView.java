package org.ddworkbench.ui.reports;

import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.named;
import static org.ddworkbench.ui.I18n.tr;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.ddworkbench.report.packet.AggregatePacket;
import org.ddworkbench.report.packet.PacketSource;
import org.ddworkbench.report.packet.PacketTable;

/**
 * Shows an aggregate packet, a report's preview or a federation merge alike: a line about the packet, then per
 * table its values with suppressed cells marked "x" and why, and a chart (bars for a one-way table, a heat grid
 * for a two-way one).
 */
public final class PacketView {
    private static final double ROW_HEIGHT = 26;
    private static final double LABEL_WIDTH = 140;
    private static final double ONE_WAY_WIDTH = 120;
    private static final double TWO_WAY_WIDTH = 96;
    private static final double HEAT_CELL = 70;

    private final String idPrefix;
    private final String emptyText;
    private final VBox root = new VBox(14);

    /** {@code idPrefix} keeps the ids of two views in one window apart, such as "preview" or "merged". */
    public PacketView(String idPrefix, String emptyText) {
        this.idPrefix = idPrefix;
        root.setId(idPrefix + "-packet");
        root.getStylesheets().add(ReportStyles.stylesheet());
        this.emptyText = emptyText;
        show(null);
    }

    public Node root() {
        return root;
    }

    /** Shows {@code packet}, or the empty text when it is null. */
    public void show(AggregatePacket packet) {
        if (packet == null) {
            root.getChildren().setAll(label(idPrefix + "-packet-empty", emptyText, "muted"));
            return;
        }
        root.getChildren().setAll(label(idPrefix + "-packet-summary", summary(packet), "muted"));
        for (int t = 0; t < packet.tables().size(); t++) {
            root.getChildren().add(section(packet.tables().get(t), t));
        }
    }

    private Node section(PacketTable table, int index) {
        PacketGrid grid = PacketGrid.of(table);
        String id = idPrefix + "-table-" + index;
        Label title = label(id + "-title", grid.title(), "subsection-title");
        String unit = grid.unit().isEmpty() ? "" : tr("Values: {0}.", grid.unit().replace('-', ' '));
        String noise = table.noise() == null ? "" : " " + tr("Noise: {0}, ±{1} in 95% of cases.",
                table.noise().mechanism(), PacketGrid.number(table.noise().halfWidth95()));
        Label about = label(id + "-about", (unit + noise).strip(), "hint");
        about.setVisible(!about.getText().isEmpty());
        about.setManaged(about.isVisible());

        // A two-way table is wide, so its heat grid goes below it; a one-way table has room for bars beside it.
        Pane body = grid.twoWay() ? new VBox(12, table(grid, id), scrolled(heat(grid, id), id + "-heat-scroll",
                tr("Heat grid: {0}", grid.title())))
                : new HBox(20, table(grid, id), bars(grid, id));
        VBox section = new VBox(6, title, about, body);
        for (int n = 0; n < grid.notes().size(); n++) {
            section.getChildren().add(label(id + "-note-" + n, grid.notes().get(n), "packet-note"));
        }
        section.getStyleClass().add("packet-section");
        return section;
    }

    private Node table(PacketGrid grid, String id) {
        TableView<PacketGrid.Row> view = named(new TableView<>(), id, grid.title());
        view.getStyleClass().add("packet-table");
        view.getItems().setAll(grid.rows());
        TableColumn<PacketGrid.Row, String> labels = new TableColumn<>(grid.rowHeading());
        labels.setCellValueFactory(data -> new ReadOnlyStringWrapper(data.getValue().label()));
        labels.setPrefWidth(LABEL_WIDTH);
        labels.setSortable(false);
        view.getColumns().add(labels);
        double width = grid.twoWay() ? TWO_WAY_WIDTH : ONE_WAY_WIDTH;
        for (int c = 0; c < grid.columns().size(); c++) {
            view.getColumns().add(valueColumn(grid.columns().get(c), c, width));
        }
        view.setFixedCellSize(ROW_HEIGHT);
        // Room for every row, the header's wrapped headings and, on a wide two-way table, a horizontal scroll bar.
        double chrome = grid.twoWay() ? 92 : 30;
        view.setPrefHeight(chrome + ROW_HEIGHT * grid.rows().size());
        view.setMinHeight(view.getPrefHeight());
        view.setMaxHeight(view.getPrefHeight());
        view.setPrefWidth(LABEL_WIDTH + width * grid.columns().size() + 4);
        view.setMaxWidth(view.getPrefWidth());
        view.setMinWidth(Math.min(view.getPrefWidth(), LABEL_WIDTH + 2 * width));
        view.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        return view;
    }

    private static TableColumn<PacketGrid.Row, PacketGrid.Cell> valueColumn(String heading, int column,
            double width) {
        TableColumn<PacketGrid.Row, PacketGrid.Cell> values = new TableColumn<>();
        // A Text wraps at a set width, so long indicator names show in full on two or three lines.
        Text header = new Text(heading);
        header.setWrappingWidth(width - 10);
        header.setTextAlignment(TextAlignment.CENTER);
        header.getStyleClass().add("packet-column-heading");
        values.setGraphic(header);
        values.setPrefWidth(width);
        values.setSortable(false);
        values.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue().cells().get(column)));
        values.setCellFactory(owner -> new ValueCell());
        return values;
    }

    /** A value cell: right-aligned numbers, totals in bold, suppressed cells as a marked "x" with their reason. */
    private static final class ValueCell extends TableCell<PacketGrid.Row, PacketGrid.Cell> {
        @Override
        protected void updateItem(PacketGrid.Cell cell, boolean empty) {
            super.updateItem(cell, empty);
            getStyleClass().removeAll("packet-value", "packet-suppressed", "packet-total");
            setTooltip(null);
            if (empty || cell == null) {
                setText(null);
                return;
            }
            setText(cell.text());
            getStyleClass().add(cell.suppressed() ? "packet-suppressed" : "packet-value");
            if (cell.total()) {
                getStyleClass().add("packet-total");
            }
            if (cell.suppressed()) {
                setTooltip(new Tooltip(tr("Suppressed: {0}", cell.reason())));
                setAccessibleText(tr("Suppressed: {0}", cell.reason()));
            } else {
                setAccessibleText(cell.text());
            }
        }
    }

    private Node bars(PacketGrid grid, String id) {
        CategoryAxis categories = new CategoryAxis();
        NumberAxis values = new NumberAxis();
        BarChart<String, Number> chart = new BarChart<>(categories, values);
        chart.setId(id + "-chart");
        chart.setAccessibleText(tr("Bar chart: {0}", grid.title()));
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getStyleClass().add("packet-chart");
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (PacketGrid.Row row : grid.rows()) {
            PacketGrid.Cell cell = row.cells().get(0);
            // A suppressed cell has no bar: drawing it as zero would publish a value it does not have.
            if (!row.total() && cell.value() != null) {
                series.getData().add(new XYChart.Data<>(row.label(), cell.value()));
            }
        }
        chart.getData().add(series);
        chart.setPrefSize(Math.min(640, 70 * series.getData().size() + 130), 240);
        chart.setMinWidth(chart.getPrefWidth());
        nameParts(chart, chart.getId(), chart.getAccessibleText());
        return chart;
    }

    /** Gives the chart's own title and axis labels an id and accessible text, as every control has. */
    private static void nameParts(Parent parent, String id, String accessibleText) {
        int part = 0;
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Control control && control.getId() == null) {
                named(control, id + "-part-" + part++, accessibleText);
            } else if (child instanceof Parent inner) {
                nameParts(inner, id + "-" + part++, accessibleText);
            }
        }
    }

    /** A wide part in a scroll pane of its own, so the texts around it keep to the screen's width. */
    private static Node scrolled(Node wide, String id, String accessibleText) {
        ScrollPane scroll = named(new ScrollPane(wide), id, accessibleText);
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinViewportHeight(0);
        scroll.getStyleClass().add("packet-heat-scroll");
        return scroll;
    }

    private Node heat(PacketGrid grid, String id) {
        GridPane heat = new GridPane();
        heat.setId(id + "-heat");
        heat.setHgap(2);
        heat.setVgap(2);
        heat.getStyleClass().add("packet-heat");
        // Room below the last row for the scroll pane's horizontal bar.
        heat.setPadding(new Insets(0, 0, 16, 0));
        List<PacketGrid.Row> body = grid.rows().stream().filter(row -> !row.total()).toList();
        int columns = body.isEmpty() ? 0 : (int) body.get(0).cells().stream().filter(cell -> !cell.total()).count();
        double max = body.stream().flatMap(row -> row.cells().subList(0, columns).stream())
                .filter(cell -> cell.value() != null).mapToDouble(PacketGrid.Cell::value).max().orElse(0);
        for (int c = 0; c < columns; c++) {
            Label heading = label(id + "-heat-column-" + c, grid.columns().get(c), "packet-heat-heading");
            heading.setPrefWidth(HEAT_CELL);
            heading.setMaxWidth(HEAT_CELL);
            heading.setAlignment(Pos.BOTTOM_CENTER);
            heat.add(heading, c + 1, 0);
        }
        for (int r = 0; r < body.size(); r++) {
            PacketGrid.Row row = body.get(r);
            Label rowLabel = label(id + "-heat-row-" + r, row.label(), "packet-heat-label");
            rowLabel.setWrapText(false);
            rowLabel.setMinWidth(Label.USE_PREF_SIZE);
            heat.add(rowLabel, 0, r + 1);
            for (int c = 0; c < columns; c++) {
                heat.add(heatCell(row, grid.columns().get(c), row.cells().get(c), max, id + "-heat-" + r + "-" + c),
                        c + 1, r + 1);
            }
        }
        return heat;
    }

    private static Label heatCell(PacketGrid.Row row, String column, PacketGrid.Cell cell, double max, String id) {
        Label label = label(id, cell.text(), "packet-heat-cell");
        label.setWrapText(false);
        label.setPrefSize(HEAT_CELL, 28);
        label.setMinSize(HEAT_CELL, 28);
        label.setAlignment(Pos.CENTER);
        String where = row.label() + " × " + column;
        if (cell.suppressed()) {
            label.getStyleClass().add("packet-heat-suppressed");
            label.setTooltip(new Tooltip(tr("{0}: suppressed. {1}", where, cell.reason())));
        } else if (cell.value() != null) {
            double share = max <= 0 ? 0 : Math.max(0, cell.value()) / max;
            label.setStyle("-fx-background-color: " + shade(share) + ";");
            if (share > 0.55) {
                label.getStyleClass().add("packet-heat-dark");
            }
            label.setTooltip(new Tooltip(where + ": " + cell.text()));
        }
        return label;
    }

    /** From a pale to the theme's blue as {@code share} goes from 0 to 1. */
    private static String shade(double share) {
        int[] pale = {0xee, 0xf3, 0xfb};
        int[] strong = {0x24, 0x57, 0xa6};
        StringBuilder colour = new StringBuilder("#");
        for (int i = 0; i < 3; i++) {
            colour.append(String.format(Locale.ROOT, "%02x",
                    Math.round(pale[i] + (strong[i] - pale[i]) * share)));
        }
        return colour.toString();
    }

    private static String summary(AggregatePacket packet) {
        Set<String> organisations = new LinkedHashSet<>();
        packet.sources().stream().map(PacketSource::organisation).forEach(organisations::add);
        String privacy = packet.privacy() == null ? tr("no noise")
                : tr("differential privacy with ε = {0}", PacketGrid.number(packet.privacy().epsilon()));
        return tr("\"{0}\" from {1}, released {2}. Pack {3} {4}; cells of fewer than {5} contributors are "
                + "suppressed; {6}.", packet.reportName(), String.join(", ", organisations),
                packet.released().toString(), packet.pack().id(), packet.pack().version(),
                String.valueOf(packet.disclosure().minCellSize()), privacy);
    }
}
