package org.ddworkbench.ui.imports;

import java.util.function.Function;
import javafx.scene.control.ListCell;
import static org.ddworkbench.ui.Controls.button;
import static org.ddworkbench.ui.Controls.column;
import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.named;
import static org.ddworkbench.ui.Controls.spacer;
import static org.ddworkbench.ui.Controls.wrappingColumn;
import static org.ddworkbench.ui.I18n.tr;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ddworkbench.ingest.ImportPreview;
import org.ddworkbench.ingest.ImportProblem;
import org.ddworkbench.model.SupplierMatch;

/**
 * Step 3 of the import wizard: counts, every problem with its place in the file (and an export), what
 * de-identification will do, skipped hidden sheets, an earlier import of the same file, uncertain supplier
 * matches, and the choice to import the valid rows only.
 */
final class CheckStepView {
    private final VBox root = new VBox(12);
    private final FileCheck check;

    CheckStepView(ImportWizardViewModel model) {
        this.check = model.check();
        root.setId("import-wizard-check-step");

        Label counts = label("import-wizard-check-counts", "", "subsection-title");
        counts.textProperty().bind(text(ImportText::check));
        Button export = button("import-wizard-export-problems", tr("Export problem list…"));
        export.setOnAction(event -> model.exportProblems());
        export.visibleProperty().bind(Bindings.isNotEmpty(check.problems()));
        export.managedProperty().bind(export.visibleProperty());
        HBox countsRow = new HBox(12, counts, spacer(), export);
        countsRow.setAlignment(Pos.CENTER_LEFT);

        TableView<ImportProblem> problems = named(new TableView<>(check.problems()), "import-wizard-problems",
                tr("Problems found in the file"));
        problems.getColumns().add(column(tr("File"), 140, ImportProblem::file));
        problems.getColumns().add(column(tr("Sheet"), 90, ImportProblem::sheet));
        problems.getColumns().add(column(tr("Row"), 55, p -> p.row() == 0 ? "" : String.valueOf(p.row())));
        problems.getColumns().add(column(tr("Column"), 130, ImportProblem::column));
        problems.getColumns().add(column(tr("Value"), 110, ImportProblem::value));
        problems.getColumns().add(wrappingColumn(tr("Reason"), 330, ImportProblem::reason));
        problems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        problems.setPrefHeight(180);
        problems.setMinHeight(120);
        showWhen(problems, Bindings.isNotEmpty(check.problems()));
        Label capped = label("import-wizard-problems-capped", "", "hint");
        capped.textProperty().bind(text(preview -> preview.problemCount() > preview.problems().size()
                ? tr("Showing the first {0} of {1} problems; the export holds the same list.",
                        String.valueOf(preview.problems().size()), String.valueOf(preview.problemCount()))
                : ""));
        showWhen(capped, capped.textProperty().isNotEmpty());

        Label deidentification = label("import-wizard-deidentification", "");
        deidentification.textProperty().bind(text(p -> ImportText.deidentification(p.deidentification(), false)));
        VBox deidentBox = box("import-wizard-deidentification-box", tr("De-identification"), deidentification);
        showWhen(deidentBox, deidentification.textProperty().isNotEmpty());

        Label hidden = label("import-wizard-hidden-sheets", "", "muted");
        hidden.textProperty().bind(text(ImportText::hiddenSheets));
        showWhen(hidden, hidden.textProperty().isNotEmpty());

        Label duplicate = label("import-wizard-duplicate", "");
        duplicate.textProperty().bind(text(ImportText::duplicate));
        VBox duplicateBox = box("import-wizard-duplicate-box", tr("Imported before"), duplicate);
        duplicateBox.getStyleClass().add("warning-box");
        showWhen(duplicateBox, duplicate.textProperty().isNotEmpty());
        CheckBox replace = checkBox("import-wizard-replace",
                tr("Replace the earlier import (it is undone first, in the same transaction)"));
        replace.selectedProperty().bindBidirectional(check.replaceDuplicateProperty());
        showWhen(replace, duplicate.textProperty().isNotEmpty());

        ListView<SupplierMatch> matches = named(new ListView<>(check.uncertainMatches()), "import-wizard-matches",
                tr("Uncertain supplier matches"));
        matches.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SupplierMatch match, boolean empty) {
                super.updateItem(match, empty);
                setText(empty || match == null ? null : ImportText.match(match));
            }
        });
        matches.setPrefHeight(96);
        VBox matchBox = box("import-wizard-matches-box", tr("Uncertain supplier matches"),
                label("import-wizard-matches-text", tr("These names resemble a supplier already in the project. "
                        + "They are kept as separate suppliers, not merged; they are listed under Review matches on "
                        + "the Suppliers screen."), "muted"), matches);
        showWhen(matchBox, Bindings.isNotEmpty(check.uncertainMatches()));

        CheckBox skip = checkBox("import-wizard-skip", "");
        skip.textProperty().bind(text(ImportText::skip));
        skip.accessibleTextProperty().bind(skip.textProperty());
        skip.selectedProperty().bindBidirectional(check.skipInvalidProperty());
        showWhen(skip, Bindings.isNotEmpty(check.problems()).or(problemsCounted()));

        Label blocked = label("import-wizard-blocked", "", "feedback-error");
        blocked.textProperty().bind(Bindings.createStringBinding(this::blockedReason, check.previewProperty(),
                check.skipInvalidProperty(), check.replaceDuplicateProperty()));
        showWhen(blocked, blocked.textProperty().isNotEmpty());

        VBox content = new VBox(12, problems, capped, duplicateBox, deidentBox, hidden, matchBox);
        content.setFillWidth(true);
        ScrollPane scroll = named(new ScrollPane(content), "import-wizard-check-scroll", tr("Check of the file"));
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // The choices that decide whether Import is possible stay in view below the scrolling details.
        VBox decision = new VBox(8, skip, replace, blocked);
        decision.getStyleClass().add("wizard-decision");
        showWhen(decision, skip.visibleProperty().or(replace.visibleProperty()).or(blocked.visibleProperty()));
        root.getChildren().addAll(countsRow, scroll, decision);
    }

    Node root() {
        return root;
    }

    private String blockedReason() {
        ImportPreview preview = check.previewProperty().get();
        if (preview == null) {
            return "";
        }
        if (!preview.clean() && !check.skipInvalidProperty().get()) {
            return tr("Import is not possible while the file has problems: fix the file and import it again, or "
                    + "choose to import the valid rows only.");
        }
        if (preview.duplicateOfImportId() != 0 && !check.replaceDuplicateProperty().get()) {
            return tr("This file was imported before: choose to replace the earlier import, or close the wizard.");
        }
        return "";
    }

    private BooleanBinding problemsCounted() {
        return Bindings.createBooleanBinding(() -> check.previewProperty().get() != null
                && !check.previewProperty().get().clean(), check.previewProperty());
    }

    private StringBinding text(Function<ImportPreview, String> describe) {
        return Bindings.createStringBinding(() -> {
            ImportPreview preview = check.previewProperty().get();
            return preview == null ? "" : describe.apply(preview);
        }, check.previewProperty());
    }

    private static CheckBox checkBox(String id, String text) {
        CheckBox box = named(new CheckBox(text), id, text);
        box.setMnemonicParsing(false);
        box.setWrapText(true);
        return box;
    }

    private static VBox box(String id, String title, Node... content) {
        VBox box = new VBox(8, label(id + "-title", title, "field-label"));
        box.getChildren().addAll(content);
        box.setId(id);
        box.getStyleClass().add("threshold-box");
        return box;
    }

    private static void showWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }
}
