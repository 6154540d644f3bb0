package org.ddworkbench.ui.findings;

import static org.ddworkbench.ui.Controls.button;
import static org.ddworkbench.ui.Controls.column;
import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.named;
import static org.ddworkbench.ui.Controls.primaryButton;
import static org.ddworkbench.ui.Controls.wrappingColumn;
import static org.ddworkbench.ui.I18n.tr;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ddworkbench.model.ComparedValue;
import org.ddworkbench.model.Severity;

/** The Findings screen: run the checks, filter the findings, and read, review and act on the selected one. */
public final class FindingsView {
    private final FindingsViewModel model;
    private final VBox root = new VBox();
    private final Label title = label("finding-title", "", "subsection-title");
    private final Label explanation = label("finding-explanation", "");
    private final GridPane facts = grid("finding-facts");
    private final GridPane values = grid("finding-values");
    private final Label more = label("finding-evidence-more", "", "muted");
    private final VBox detailContent = new VBox(10);

    public FindingsView(FindingsViewModel model) {
        this.model = model;
        root.setId("findings-view");
        root.getStyleClass().add("page");

        Label summary = label("findings-summary", "", "muted");
        summary.textProperty().bind(model.summaryProperty());
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        Button run = primaryButton("findings-run", tr("Run checks"));
        run.setOnAction(event -> model.runChecks());
        run.setMinWidth(Button.USE_PREF_SIZE);
        HBox top = new HBox(16, label("findings-title", tr("Findings"), "section-title"), summary, run);
        top.setAlignment(Pos.CENTER_LEFT);

        SplitPane split = named(new SplitPane(table(), detailPane()), "findings-split", tr("Findings and details"));
        split.setDividerPositions(0.64);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(top, filters(), split);
        model.detailProperty().addListener((observable, old, now) -> showDetail(now));
        showDetail(model.detailProperty().get());
    }

    public Node root() {
        return root;
    }

    private Node filters() {
        FindingFilters filters = model.filters();
        Label count = label("findings-count", "", "muted");
        count.setWrapText(false);
        count.textProperty().bind(Bindings.createStringBinding(() -> tr("Showing {0} of {1} findings",
                String.valueOf(model.findings().size()), String.valueOf(model.allFindings().size())),
                model.findings(), model.allFindings()));
        FlowPane pane = new FlowPane(10, 8,
                choice("findings-severity", tr("Severity"), filters.severities(), filters.severityProperty()),
                choice("findings-indicator", tr("ILO indicator"), filters.indicators(), filters.indicatorProperty()),
                choice("findings-country", tr("Country"), filters.countries(), filters.countryProperty()),
                choice("findings-supplier", tr("Supplier"), filters.suppliers(), filters.supplierProperty()),
                choice("findings-status", tr("Status"), filters.statuses(), filters.statusProperty()),
                choice("findings-review", tr("Review"), filters.reviews(), filters.reviewProperty()),
                count);
        pane.setAlignment(Pos.CENTER_LEFT);
        return pane;
    }

    private Node table() {
        TableView<FindingRow> table = named(new TableView<>(model.findings()), "findings-table", tr("Findings"));
        table.setPlaceholder(label("findings-empty", tr("No findings to show. Run the checks, or change the "
                + "filters."), "muted"));
        table.getColumns().add(severityColumn());
        table.getColumns().add(wrappingColumn(tr("Supplier"), 140, FindingRow::supplier));
        // The code keeps the column narrow; the detail pane and the filter give the country's name.
        table.getColumns().add(column(tr("Country"), 56, row -> row.finding().country()));
        table.getColumns().add(wrappingColumn(tr("Title"), 220, row -> row.finding().title()));
        table.getColumns().add(column(tr("Indicators"), 130, FindingRow::indicators));
        table.getColumns().add(column(tr("Review"), 90, FindingRow::review));
        table.getColumns().add(column(tr("First seen"), 84, FindingRow::firstSeen));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener(
                (observable, old, row) -> model.selectedProperty().set(row));
        model.selectedProperty().addListener((observable, old, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
                if (row != null) {
                    table.scrollTo(row);
                }
            }
        });
        return table;
    }

    /** A severity column whose cells carry the severity's colour. */
    public static <R> TableColumn<R, String> severityColumn(Function<R, Severity> of, Function<R, String> text) {
        TableColumn<R, String> column = column(tr("Severity"), 80, text);
        column.setCellFactory(owner -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(style -> style.startsWith("severity-"));
                TableRow<R> row = getTableRow();
                if (empty || item == null || row == null || row.getItem() == null) {
                    setText(null);
                    return;
                }
                setText(item);
                getStyleClass().addAll("severity-cell", FindingText.styleClass(of.apply(row.getItem())));
            }
        });
        return column;
    }

    private static TableColumn<FindingRow, String> severityColumn() {
        return severityColumn(row -> row.finding().severity(), FindingRow::severity);
    }

    private Node detailPane() {
        Label hint = label("finding-none", tr("Select a finding to see what it compared and the cells it rests on."),
                "muted");
        hint.visibleProperty().bind(model.detailProperty().isNull());
        hint.managedProperty().bind(hint.visibleProperty());

        TableView<EvidenceLine> evidence = named(new TableView<>(), "finding-evidence",
                tr("The cells this finding rests on"));
        evidence.setPlaceholder(label("finding-evidence-empty", tr("No cells: this finding is about missing data."),
                "muted"));
        evidence.getColumns().add(column(tr("Cell"), 150, EvidenceLine::reference));
        evidence.getColumns().add(column(tr("File"), 170, EvidenceLine::file));
        evidence.getColumns().add(column(tr("Value"), 100, EvidenceLine::value));
        evidence.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        evidence.setPrefHeight(170);
        evidence.setMinHeight(120);
        evidence.setRowFactory(owner -> {
            TableRow<EvidenceLine> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    model.showEvidence(row.getItem());
                }
            });
            return row;
        });
        model.detailProperty().addListener((observable, old, now) ->
                evidence.getItems().setAll(now == null ? List.of() : now.evidence()));

        Button show = button("finding-show-evidence", tr("Show evidence"));
        show.setOnAction(event -> model.showEvidence());
        Button action = button("finding-open-action", tr("Open corrective action…"));
        action.setOnAction(event -> model.openAction());
        Button confirm = button("finding-confirm", tr("Confirm"));
        confirm.setOnAction(event -> model.confirm());
        Button dispute = button("finding-dispute", tr("Dispute…"));
        dispute.setOnAction(event -> model.dispute());
        Button falsePositive = button("finding-false-positive", tr("False positive…"));
        falsePositive.setOnAction(event -> model.markFalsePositive());
        FlowPane buttons = new FlowPane(8, 8, show, action, confirm, dispute, falsePositive);
        Label message = label("findings-message", "", "feedback-ok");
        message.textProperty().bind(model.messageProperty());

        detailContent.getChildren().addAll(title, buttons, message, facts, explanation,
                label("finding-values-title", tr("What was compared"), "field-label"), values,
                label("finding-evidence-title", tr("Evidence"), "field-label"), evidence, more);
        detailContent.visibleProperty().bind(model.detailProperty().isNotNull());
        detailContent.managedProperty().bind(detailContent.visibleProperty());
        VBox pane = new VBox(10, hint, detailContent);
        pane.getStyleClass().add("detail-pane");
        ScrollPane scroll = named(new ScrollPane(pane), "finding-detail", tr("The selected finding"));
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void showDetail(FindingDetail detail) {
        if (detail == null) {
            return;
        }
        title.setText(detail.title());
        explanation.setText(detail.explanation());
        facts.getChildren().clear();
        for (int i = 0; i < detail.facts().size(); i++) {
            FindingDetail.Fact fact = detail.facts().get(i);
            facts.addRow(i, key(label("finding-fact-label-" + i, fact.label(), "fact-key")),
                    label("finding-fact-value-" + i, fact.value(), "fact-value"));
        }
        values.getChildren().clear();
        List<ComparedValue> compared = detail.values();
        for (int i = 0; i < compared.size(); i++) {
            values.addRow(i, label("finding-value-label-" + i, compared.get(i).label(), "fact-key"),
                    label("finding-value-" + i, compared.get(i).value(), "fact-value"));
        }
        more.setText(detail.more());
        more.setVisible(!detail.more().isEmpty());
        more.setManaged(more.isVisible());
    }

    /** A key of the facts grid keeps its words whole; the value beside it wraps instead. */
    private static Label key(Label label) {
        label.setWrapText(false);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static GridPane grid(String id) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.setHgap(12);
        grid.setVgap(4);
        grid.getStyleClass().add("facts");
        grid.setPadding(new Insets(0, 0, 4, 0));
        return grid;
    }

    private static ChoiceBox<Choice> choice(String id, String accessibleText, ObservableList<Choice> items,
            ObjectProperty<Choice> value) {
        ChoiceBox<Choice> box = named(new ChoiceBox<>(items), id, accessibleText);
        box.valueProperty().bindBidirectional(value);
        box.setMaxWidth(220);
        return box;
    }
}
