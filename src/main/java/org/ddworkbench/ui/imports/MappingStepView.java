package org.ddworkbench.ui.imports;

import javafx.css.PseudoClass;
import static org.ddworkbench.ui.Controls.column;
import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.named;
import static org.ddworkbench.ui.Controls.textField;
import static org.ddworkbench.ui.Controls.wrappingColumn;
import static org.ddworkbench.ui.I18n.tr;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.ddworkbench.ingest.ImportPreview;
import org.ddworkbench.model.DataSourceKind;

/** Step 2 of the import wizard: the detected kind, where the mapping came from, and the editable column mapping. */
final class MappingStepView {
    private static final PseudoClass LOW_CONFIDENCE = PseudoClass.getPseudoClass("low-confidence");

    private final VBox root = new VBox(12);

    MappingStepView(ImportWizardViewModel model) {
        FileCheck check = model.check();
        root.setId("import-wizard-mapping-step");

        ChoiceBox<DataSourceKind> kind = named(new ChoiceBox<>(FXCollections.observableArrayList(
                DataSourceKind.values())), "import-wizard-kind", tr("Kind of file"));
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(DataSourceKind value) {
                return ImportText.kind(value);
            }

            @Override
            public DataSourceKind fromString(String text) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.disableProperty().bind(model.busyProperty());
        Label source = label("import-wizard-mapping-source", "", "fact-value");
        source.textProperty().bind(check.mappingSourceProperty());
        Label counts = label("import-wizard-mapping-counts", "", "muted");
        counts.textProperty().bind(Bindings.createStringBinding(() -> {
            ImportPreview preview = check.previewProperty().get();
            return preview == null ? "" : ImportText.check(preview);
        }, check.previewProperty()));

        GridPane facts = new GridPane();
        facts.getStyleClass().add("facts");
        facts.setHgap(16);
        facts.setVgap(8);
        facts.addRow(0, key("import-wizard-kind-label", tr("Kind of file"), kind), kind);
        facts.addRow(1, key("import-wizard-mapping-source-label", tr("Mapping"), source), source);
        facts.addRow(2, key("import-wizard-mapping-counts-label", tr("Check"), counts), counts);

        TableView<MappingRow> table = named(new TableView<>(check.mappingRows()), "import-wizard-mapping",
                tr("Where each column goes"));
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(label("import-wizard-mapping-empty", tr("No columns to map."), "muted"));
        table.getColumns().add(column(tr("Sheet"), 95, MappingRow::sheet));
        table.getColumns().add(column(tr("Column"), 60, MappingRow::column));
        table.getColumns().add(wrappingColumn(tr("Header or question"), 250, MappingRow::header));
        table.getColumns().add(targetColumn(model, check.choices()));
        table.getColumns().add(column(tr("Confidence"), 90, row -> row.lowConfidence()
                ? tr("{0} (check)", row.confidenceText()) : row.confidenceText()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(owner -> new TableRow<>() {
            @Override
            protected void updateItem(MappingRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(LOW_CONFIDENCE,
                        !empty && row != null && row.lowConfidence());
            }
        });
        table.disableProperty().bind(model.busyProperty());
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField saveAs = textField("import-wizard-save-mapping", tr("Save this mapping as"),
                tr("Name, for example “Acme survey 2025” (optional)"));
        saveAs.textProperty().bindBidirectional(check.saveMappingAsProperty());
        HBox.setHgrow(saveAs, Priority.ALWAYS);
        saveAs.setMaxWidth(420);
        HBox saveRow = new HBox(10, key("import-wizard-save-mapping-label", tr("Save this mapping as…"), saveAs),
                saveAs, label("import-wizard-save-mapping-hint",
                        tr("Later files with the same headers then use it automatically."), "hint"));
        saveRow.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().addAll(facts,
                label("import-wizard-mapping-help", tr("Check where each column goes. Double-click a target (or "
                        + "select it and press F2) to change it; the file is checked again at once. Columns marked "
                        + "“Identifier (not stored)” never reach the project. Low-confidence suggestions are "
                        + "highlighted."), "muted"),
                table, saveRow);
    }

    Node root() {
        return root;
    }

    private static TableColumn<MappingRow, TargetChoice> targetColumn(ImportWizardViewModel model,
            TargetChoices choices) {
        TableColumn<MappingRow, TargetChoice> target = new TableColumn<>(tr("Goes to"));
        target.setPrefWidth(410);
        target.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue().target()));
        StringConverter<TargetChoice> converter = new StringConverter<>() {
            @Override
            public String toString(TargetChoice choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public TargetChoice fromString(String typed) {
                return choices.find(typed).orElse(null);
            }
        };
        target.setCellFactory(column -> {
            ComboBoxTableCell<MappingRow, TargetChoice> cell = new ComboBoxTableCell<>(converter,
                    FXCollections.observableArrayList(choices.all()));
            cell.setComboBoxEditable(true);
            return cell;
        });
        target.setOnEditCommit(edit -> model.setTarget(edit.getRowValue(), edit.getNewValue()));
        return target;
    }

    private static Label key(String id, String text, Node field) {
        Label key = label(id, text, "fact-key");
        key.setWrapText(false);
        key.setLabelFor(field);
        return key;
    }
}
