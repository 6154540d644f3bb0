package org.ddworkbench.ui.reports;

import static org.ddworkbench.ui.Controls.button;
import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.named;
import static org.ddworkbench.ui.Controls.textField;
import static org.ddworkbench.ui.I18n.tr;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ddworkbench.report.Measure;

/** The report builder's controls, bound to a {@link ReportForm}: name, dimensions, measures, cell size, totals. */
final class ReportBuilderPane {
    private final ReportForm form;
    private final Label problem = label("report-measure-problem", "", "feedback-error");
    private final Button remove = button("report-measure-remove", tr("Remove measure"));
    /** Held so the spinner's binding to the form is not collected. */
    private final ObjectProperty<Integer> minCellSize;
    private final VBox root;

    ReportBuilderPane(ReportForm form) {
        this.form = form;
        this.minCellSize = form.minCellSizeProperty().asObject();
        TextField name = textField("report-name", tr("Report name"), tr("For example: Flagged suppliers by country"));
        name.textProperty().bindBidirectional(form.nameProperty());

        GridPane grid = grid();
        grid.addRow(0, fieldLabel("report-name-label", tr("Name")), name);
        grid.addRow(1, fieldLabel("report-rows-label", tr("Rows")),
                choice("report-rows", tr("Rows by"), form.rowOptions(), form.rowsProperty()));
        grid.addRow(2, fieldLabel("report-columns-label", tr("Columns")),
                choice("report-columns", tr("Columns by"), form.otherOptions(), form.columnsProperty()));
        grid.addRow(3, fieldLabel("report-pages-label", tr("Pages")),
                choice("report-pages", tr("One table per"), form.otherOptions(), form.pagesProperty()));
        grid.addRow(4, fieldLabel("report-min-cell-label", tr("Minimum cell")), minCellSpinner());
        CheckBox totals = named(new CheckBox(tr("Publish totals")), "report-totals",
                tr("Publish row, column and grand totals"));
        totals.selectedProperty().bindBidirectional(form.totalsProperty());
        grid.add(totals, 1, 5);

        root = new VBox(10, label("report-builder-title", tr("Build a report"), "subsection-title"), grid,
                label("report-measures-title", tr("Measures (one table each)"), "field-label"), measures(),
                measureAdder(), problem);
        root.getStyleClass().add("report-builder");
    }

    Node root() {
        return root;
    }

    private Node minCellSpinner() {
        SpinnerValueFactory.IntegerSpinnerValueFactory values = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                form.minCellFloor(), form.minCellCeiling(), minCellSize.get());
        values.valueProperty().bindBidirectional(minCellSize);
        Spinner<Integer> spinner = named(new Spinner<>(values), "report-min-cell",
                tr("Minimum number of contributors per published cell"));
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        spinner.setMinWidth(90);
        // A typed number counts when the user moves on, not only when Enter is pressed.
        spinner.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                spinner.increment(0);
            }
        });
        Label hint = label("report-min-cell-hint", tr("The pack allows no fewer than {0}.",
                String.valueOf(form.minCellFloor())), "hint");
        HBox box = new HBox(10, spinner, hint);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node measures() {
        ListView<Measure> list = named(new ListView<>(form.measures()), "report-measures", tr("Measures"));
        list.setPrefHeight(110);
        list.setPlaceholder(label("report-measures-empty", tr("No measures yet: add one below."), "muted"));
        list.setCellFactory(owner -> new ListCell<>() {
            @Override
            protected void updateItem(Measure measure, boolean empty) {
                super.updateItem(measure, empty);
                setText(empty || measure == null ? null : form.describe(measure));
            }
        });
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> form.measures().remove(list.getSelectionModel().getSelectedItem()));
        return list;
    }

    private Node measureAdder() {
        Node kind = choice("report-measure-kind", tr("Measure to add"), form.kindOptions(), form.kindProperty());
        Node severity = choice("report-measure-severity", tr("Least severity counted"), form.severityOptions(),
                form.severityProperty());
        shownWhen(severity, form.severityApplies());
        Node metric = choice("report-measure-metric", tr("Metric"), form.metricOptions(), form.metricProperty());
        Node statistic = choice("report-measure-statistic", tr("Statistic"), form.statisticOptions(),
                form.statisticProperty());
        shownWhen(metric, form.metricApplies());
        shownWhen(statistic, form.metricApplies());
        Button add = button("report-measure-add", tr("Add measure"));
        add.setOnAction(event -> problem.setText(form.addMeasure().orElse("")));
        HBox buttons = new HBox(8, add, remove);
        VBox adder = new VBox(6, kind, severity, statistic, metric, buttons);
        adder.setFillWidth(true);
        return adder;
    }

    private static void shownWhen(Node node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(node.visibleProperty());
    }

    private static <T> ChoiceBox<T> choice(String id, String accessibleText, ObservableList<T> items,
            ObjectProperty<T> value) {
        ChoiceBox<T> box = named(new ChoiceBox<>(items), id, accessibleText);
        box.valueProperty().bindBidirectional(value);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Label fieldLabel(String id, String text) {
        Label label = label(id, text, "field-label");
        label.setWrapText(false);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), fields);
        return grid;
    }
}
