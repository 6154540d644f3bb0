package org.ddworkbench.ui.pack;

import static org.ddworkbench.ui.Controls.column;
import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.named;
import static org.ddworkbench.ui.Controls.textField;
import static org.ddworkbench.ui.Controls.wrappingColumn;
import static org.ddworkbench.ui.I18n.tr;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ddworkbench.model.CrossCheck;
import org.ddworkbench.model.Dimension;
import org.ddworkbench.model.FindingScale;
import org.ddworkbench.model.Indicator;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.Source;

/** The Metric pack screen: the pack's metrics with a search and a detail pane, and its other definitions in tabs. */
public final class PackView {
    private final PackViewModel model;
    private final VBox root = new VBox();

    public PackView(PackViewModel model) {
        this.model = model;
        MetricPack pack = model.pack();
        root.setId("pack-view");
        root.getStyleClass().add("page");

        TextField fingerprint = named(new TextField(model.fingerprint()), "pack-fingerprint", tr("Pack fingerprint"));
        fingerprint.setEditable(false);
        fingerprint.getStyleClass().add("mono");
        HBox.setHgrow(fingerprint, Priority.ALWAYS);
        HBox fingerprintRow = new HBox(10, label("pack-fingerprint-label", tr("Fingerprint"), "fact-key"), fingerprint);
        fingerprintRow.setAlignment(Pos.CENTER_LEFT);
        fingerprintRow.getStyleClass().add("facts");
        fingerprintRow.setMaxWidth(760);

        TabPane tabs = named(new TabPane(
                tab("pack-tab-metrics", tr("Metrics ({0})", pack.metrics().size()), metricsTab()),
                tab("pack-tab-indicators", tr("Indicators ({0})", pack.indicators().size()), indicatorsTab()),
                tab("pack-tab-cross-checks", tr("Cross-checks ({0})", pack.crossChecks().size()), crossChecksTab()),
                tab("pack-tab-finding-scales", tr("Finding scales ({0})", pack.findingScales().size()),
                        findingScalesTab()),
                tab("pack-tab-disclosure", tr("Disclosure defaults"), disclosureTab()),
                tab("pack-tab-sources", tr("Sources ({0})", pack.sources().size()), sourcesTab()),
                tab("pack-tab-about", tr("About this pack"), aboutTab())),
                "pack-tabs", tr("Parts of the metric pack"));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        HBox titleRow = new HBox(14, label("pack-title", pack.title(), "section-title"),
                label("pack-subtitle", model.subtitle(), "muted"));
        titleRow.setAlignment(Pos.BASELINE_LEFT);
        root.getChildren().addAll(titleRow, fingerprintRow, tabs);
    }

    public Node root() {
        return root;
    }

    private Node metricsTab() {
        TextField search = textField("pack-search", tr("Search metrics"),
                tr("Search by id, label or synonym"));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setPrefWidth(320);
        Label count = label("pack-metric-count", "", "muted");
        int total = model.pack().metrics().size();
        count.textProperty().bind(Bindings.createStringBinding(
                () -> tr("Showing {0} of {1} metrics", String.valueOf(model.metrics().size()), String.valueOf(total)),
                model.metrics()));
        HBox searchRow = new HBox(12, search, count);
        searchRow.setAlignment(Pos.CENTER_LEFT);

        TableView<MetricRow> table = named(new TableView<>(model.metrics()), "pack-metrics", tr("Metrics"));
        table.setPlaceholder(label("pack-metrics-empty", tr("No metric matches the search."), "muted"));
        table.getColumns().add(column(tr("Id"), 155, MetricRow::id));
        table.getColumns().add(column(tr("Label"), 195, MetricRow::label));
        table.getColumns().add(column(tr("Type"), 65, MetricRow::type));
        table.getColumns().add(column(tr("Unit"), 75, MetricRow::unit));
        table.getColumns().add(column(tr("Range / choices"), 125, MetricRow::range));
        table.getColumns().add(column(tr("Thresholds"), 200, MetricRow::thresholds));
        table.getColumns().add(column(tr("Collected by"), 150, MetricRow::collectedBy));
        table.getColumns().add(column(tr("Indicators"), 170, MetricRow::indicators));
        table.getSelectionModel().selectedItemProperty().addListener(
                (observable, old, row) -> model.selectedProperty().set(row));
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }

        VBox summary = new VBox(8);
        VBox thresholds = new VBox(8);
        summary.setPrefWidth(420);
        thresholds.setPrefWidth(420);
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox.setHgrow(thresholds, Priority.ALWAYS);
        HBox detail = new HBox(24, summary, thresholds);
        detail.getStyleClass().add("detail-pane");
        model.detailProperty().addListener((observable, old, now) -> showDetail(summary, thresholds, now));
        showDetail(summary, thresholds, model.detailProperty().get());
        ScrollPane detailScroll = named(new ScrollPane(detail), "pack-metric-detail", tr("Selected metric"));
        detailScroll.setFitToWidth(true);

        SplitPane split = named(new SplitPane(table, detailScroll), "pack-metrics-split",
                tr("Metrics and the selected metric"));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.58);
        BorderPane pane = new BorderPane(split);
        pane.setTop(searchRow);
        BorderPane.setMargin(searchRow, new Insets(12, 0, 10, 0));
        return pane;
    }

    private void showDetail(VBox summary, VBox thresholds, MetricDetail metric) {
        if (metric == null) {
            summary.getChildren().setAll(label("detail-none",
                    tr("Select a metric to see its definition and thresholds."), "muted"));
            thresholds.getChildren().clear();
            return;
        }
        summary.getChildren().setAll(
                label("detail-title", metric.title(), "subsection-title"),
                label("detail-description", metric.description()),
                label("detail-level", metric.level(), "muted"));
        if (!metric.synonyms().isEmpty()) {
            summary.getChildren().addAll(label("detail-synonyms-heading", tr("Also found in spreadsheets as"),
                    "field-label"), label("detail-synonyms", metric.synonyms(), "muted"));
        }
        thresholds.getChildren().setAll(label("detail-thresholds-heading", metric.thresholds().isEmpty()
                ? tr("No red-flag thresholds.") : tr("Red-flag thresholds"), "field-label"));
        int index = 0;
        for (MetricDetail.ThresholdLine line : metric.thresholds()) {
            VBox box = new VBox(label("detail-threshold-" + index, line.summary(), "fact-value"),
                    label("detail-threshold-basis-" + index, line.basis()));
            if (!line.source().isEmpty()) {
                box.getChildren().add(label("detail-threshold-source-" + index, tr("Source: {0}", line.source()),
                        "hint"));
            }
            box.getStyleClass().add("threshold-box");
            thresholds.getChildren().add(box);
            index++;
        }
    }

    private Node indicatorsTab() {
        TableView<Indicator> indicators = named(new TableView<>(FXCollections.observableList(model.indicators())),
                "pack-indicators", tr("ILO indicators"));
        indicators.getColumns().add(column(tr("Id"), 170, Indicator::id));
        indicators.getColumns().add(wrappingColumn(tr("Indicator"), 170, Indicator::label));
        indicators.getColumns().add(wrappingColumn(tr("Dimensions"), 200, model::dimensionsOf));
        indicators.getColumns().add(wrappingColumn(tr("Description"), 480, Indicator::description));
        indicators.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableView<Dimension> dimensions = named(new TableView<>(FXCollections.observableList(model.pack().dimensions())),
                "pack-dimensions", tr("Survey dimensions"));
        dimensions.getColumns().add(column(tr("Id"), 170, Dimension::id));
        dimensions.getColumns().add(wrappingColumn(tr("Dimension"), 170, Dimension::label));
        dimensions.getColumns().add(wrappingColumn(tr("Description"), 680, Dimension::description));
        dimensions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        dimensions.setPrefHeight(200);
        VBox.setVgrow(indicators, Priority.ALWAYS);
        return padded(new VBox(8, label("pack-indicators-heading", tr("ILO indicators of forced labour"),
                "subsection-title"), indicators,
                label("pack-dimensions-heading", tr("Survey dimensions"), "subsection-title"), dimensions));
    }

    private Node crossChecksTab() {
        TableView<CrossCheck> table = named(new TableView<>(FXCollections.observableList(model.crossChecks())),
                "pack-cross-checks", tr("Cross-checks"));
        table.getColumns().add(wrappingColumn(tr("Check"), 190, CrossCheck::label));
        table.getColumns().add(wrappingColumn(tr("Self-assessed"), 190, c -> PackText.operand(c.selfAssessed())));
        table.getColumns().add(column(tr("Expected"), 85, c -> PackText.word(c.expectation())));
        table.getColumns().add(wrappingColumn(tr("Observed"), 190, c -> PackText.operand(c.observed())));
        table.getColumns().add(column(tr("Tolerance"), 90, c -> PackText.tolerance(c.tolerance())));
        table.getColumns().add(column(tr("Severity"), 70, c -> PackText.word(c.severity())));
        table.getColumns().add(wrappingColumn(tr("Indicators"), 140, c -> String.join(", ", c.indicators())));
        table.getColumns().add(column(tr("Id"), 170, CrossCheck::id));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return padded(table);
    }

    private Node findingScalesTab() {
        TableView<FindingScale> table = named(new TableView<>(FXCollections.observableList(model.findingScales())),
                "pack-finding-scales", tr("Finding scales"));
        table.getColumns().add(column(tr("Scheme"), 120, FindingScale::scheme));
        table.getColumns().add(wrappingColumn(tr("Scale"), 240, FindingScale::label));
        table.getColumns().add(wrappingColumn(tr("Levels and the severity each maps to"), 600, PackViewModel::levelsOf));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return padded(table);
    }

    private Node disclosureTab() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("facts");
        grid.setHgap(16);
        grid.setVgap(10);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMaxWidth(460);
        grid.getColumnConstraints().addAll(keys, new ColumnConstraints());
        int row = 0;
        for (Map.Entry<String, String> fact : model.disclosureDefaults()) {
            Label value = label("pack-disclosure-value-" + row, fact.getValue(), "fact-value");
            Label key = label("pack-disclosure-key-" + row, fact.getKey(), "fact-key");
            key.setLabelFor(value);
            grid.addRow(row++, key, value);
        }
        VBox card = new VBox(12, label("pack-disclosure-text", tr("Reports publish aggregates only. These defaults "
                + "decide which cells are suppressed and how much differential-privacy noise is spent."), "muted"),
                grid);
        card.getStyleClass().add("card");
        card.setMaxWidth(760);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        return padded(card);
    }

    private Node aboutTab() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("facts");
        grid.setHgap(16);
        grid.setVgap(12);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(160);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, values);
        int row = 0;
        for (Map.Entry<String, String> fact : model.about()) {
            Label value = label("pack-about-value-" + row, fact.getValue());
            Label key = label("pack-about-key-" + row, fact.getKey(), "fact-key");
            key.setLabelFor(value);
            GridPane.setValignment(key, VPos.TOP);
            grid.addRow(row++, key, value);
        }
        VBox card = new VBox(grid);
        card.getStyleClass().add("card");
        card.setMaxWidth(960);
        ScrollPane scroll = named(new ScrollPane(card), "pack-about", tr("About this pack"));
        scroll.setFitToWidth(true);
        return padded(scroll);
    }

    private Node sourcesTab() {
        TableView<Source> table = named(new TableView<>(FXCollections.observableList(model.sources())),
                "pack-sources", tr("Sources"));
        table.getColumns().add(column(tr("Id"), 140, Source::id));
        table.getColumns().add(wrappingColumn(tr("Title"), 380, Source::title));
        table.getColumns().add(wrappingColumn(tr("Publisher"), 180, Source::publisher));
        table.getColumns().add(column(tr("Year"), 55, s -> s.year() == null ? "" : String.valueOf(s.year())));
        table.getColumns().add(wrappingColumn(tr("Address"), 260, s -> s.url() == null ? "" : s.url()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return padded(table);
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private static Node padded(Node content) {
        VBox box = new VBox(content);
        VBox.setVgrow(content, Priority.ALWAYS);
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }
}
