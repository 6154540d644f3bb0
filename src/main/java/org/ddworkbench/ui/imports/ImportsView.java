package org.ddworkbench.ui.imports;

import java.util.function.ToLongFunction;
import static org.ddworkbench.ui.Controls.button;
import static org.ddworkbench.ui.Controls.column;
import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.named;
import static org.ddworkbench.ui.Controls.primaryButton;
import static org.ddworkbench.ui.I18n.tr;

import java.util.List;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Imports screen: the table of past imports, the selected one's provenance, and undo. */
public final class ImportsView {
    private final VBox root = new VBox();
    private final GridPane facts = new GridPane();

    /** {@code openWizard} opens the import wizard, as the main window's "Import files…" does. */
    public ImportsView(ImportsViewModel model, Runnable openWizard) {
        root.setId("imports-view");
        root.getStyleClass().add("page");

        Button importFiles = primaryButton("imports-import", tr("Import files…"));
        importFiles.setOnAction(event -> openWizard.run());
        Button undo = button("imports-undo", tr("Undo this import…"));
        undo.disableProperty().bind(model.selectedProperty().isNull());
        undo.setOnAction(event -> model.undoSelected());
        HBox actions = new HBox(10, importFiles, undo);
        actions.setAlignment(Pos.CENTER_LEFT);

        TableView<ImportRow> table = named(new TableView<>(model.rows()), "imports-table", tr("Past imports"));
        table.setPlaceholder(label("imports-empty", tr("Nothing imported yet. Choose “Import files…” or drop "
                + "spreadsheets onto the window."), "muted"));
        table.getColumns().add(column(tr("Date"), 130, ImportRow::when));
        table.getColumns().add(column(tr("File"), 210, row -> row.record().fileName()));
        table.getColumns().add(column(tr("Kind"), 170, ImportRow::kind));
        table.getColumns().add(column(tr("Mapping"), 150, row -> row.record().mappingName()));
        table.getColumns().add(number(tr("Rows"), row -> row.record().rowsImported()));
        table.getColumns().add(number(tr("Skipped"), row -> row.record().rowsSkipped()));
        table.getColumns().add(number(tr("Values"), row -> row.record().valuesStored()));
        TableColumn<ImportRow, String> sha = column(tr("SHA-256"), 120, ImportRow::shortSha);
        sha.getStyleClass().add("mono");
        table.getColumns().add(sha);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener(
                (observable, old, row) -> model.selectedProperty().set(row));
        model.selectedProperty().addListener((observable, old, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });

        facts.getStyleClass().add("facts");
        facts.setHgap(16);
        facts.setVgap(8);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(120);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setPercentWidth(36);
        ColumnConstraints moreKeys = new ColumnConstraints();
        moreKeys.setMinWidth(120);
        ColumnConstraints moreValues = new ColumnConstraints();
        moreValues.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().addAll(keys, values, moreKeys, moreValues);
        model.detailProperty().addListener((observable, old, detail) -> showDetail(detail));
        showDetail(model.detailProperty().get());
        VBox detailPane = new VBox(10, label("imports-detail-title", tr("Provenance"), "subsection-title"), facts);
        detailPane.getStyleClass().add("detail-pane");
        ScrollPane detailScroll = named(new ScrollPane(detailPane), "imports-detail", tr("Selected import"));
        detailScroll.setFitToWidth(true);

        SplitPane split = named(new SplitPane(table, detailScroll), "imports-split", tr("Imports and the selected one"));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);

        root.getChildren().addAll(
                label("imports-title", tr("Imports"), "section-title"),
                label("imports-text", tr("Every file imported into this project, with the SHA-256 of the file and "
                        + "the fingerprint of the metric pack it was checked against. Undoing an import removes "
                        + "exactly its data and is recorded in the activity log."), "muted"),
                actions, split);
    }

    public Node root() {
        return root;
    }

    private void showDetail(List<Map.Entry<String, String>> detail) {
        facts.getChildren().clear();
        if (detail.isEmpty()) {
            facts.add(label("imports-detail-none", tr("Select an import to see where its data came from."), "muted"),
                    0, 0, 2, 1);
            return;
        }
        // Short facts two to a line; hashes, which are long, each on a line of their own.
        int shortFacts = 0;
        for (int index = 0; index < detail.size(); index++) {
            Map.Entry<String, String> fact = detail.get(index);
            Label key = label("imports-detail-key-" + index, fact.getKey(), "fact-key");
            if (fact.getValue().matches("[0-9a-fA-F]{32,}")) {
                // A read-only field lets the user select and copy the hash.
                TextField field = named(new TextField(fact.getValue()), "imports-detail-value-" + index, fact.getKey());
                field.setEditable(false);
                field.getStyleClass().add("mono");
                key.setLabelFor(field);
                int line = (shortFacts + 1) / 2 + (index - shortFacts);
                facts.add(key, 0, line);
                facts.add(field, 1, line, 3, 1);
            } else {
                Label value = label("imports-detail-value-" + index, fact.getValue(), "fact-value");
                key.setLabelFor(value);
                facts.add(key, (shortFacts % 2) * 2, shortFacts / 2);
                facts.add(value, (shortFacts % 2) * 2 + 1, shortFacts / 2);
                shortFacts++;
            }
        }
    }

    private static TableColumn<ImportRow, String> number(String title, ToLongFunction<ImportRow> value) {
        TableColumn<ImportRow, String> column = column(title, 80, row -> String.format("%,d", value.applyAsLong(row)));
        column.setStyle("-fx-alignment: center-right;");
        return column;
    }
}
