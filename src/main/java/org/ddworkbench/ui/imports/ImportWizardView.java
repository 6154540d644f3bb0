package org.ddworkbench.ui.imports;

import java.util.Locale;
import static org.ddworkbench.ui.Controls.button;
import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.named;
import static org.ddworkbench.ui.Controls.primaryButton;
import static org.ddworkbench.ui.Controls.spacer;
import static org.ddworkbench.ui.Controls.textField;
import static org.ddworkbench.ui.I18n.tr;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ddworkbench.ingest.ImportResult;
import org.ddworkbench.ui.imports.ImportWizardViewModel.Step;

/**
 * The import wizard's content: the step indicator, one page per step (files, kind and mapping, check,
 * import progress, summary), a working panel while a file is read, and Back / Cancel / Next.
 */
public final class ImportWizardView {
    private final ImportWizardViewModel model;
    private final BorderPane root = new BorderPane();
    private final StackPane page = new StackPane();
    private final Map<Step, Node> pages = new EnumMap<>(Step.class);
    private final Map<Step, Label> indicators = new EnumMap<>(Step.class);
    private final Runnable closeWindow;

    /** {@code closeWindow} closes the window around the view once the model allows it. */
    public ImportWizardView(ImportWizardViewModel model, Runnable closeWindow) {
        this.model = model;
        this.closeWindow = closeWindow;
        root.setId("import-wizard");
        root.getStyleClass().add("wizard");
        pages.put(Step.FILES, filesPage());
        pages.put(Step.MAPPING, new MappingStepView(model).root());
        pages.put(Step.CHECK, new CheckStepView(model).root());
        pages.put(Step.IMPORTING, importingPage());
        pages.put(Step.SUMMARY, summaryPage());
        page.getStyleClass().add("wizard-page");
        root.setTop(header());
        root.setCenter(new StackPane(page, workingPanel()));
        root.setBottom(buttons());
        model.stepProperty().addListener((observable, old, step) -> show(step));
        show(model.stepProperty().get());
    }

    public Node root() {
        return root;
    }

    private Node header() {
        HBox steps = new HBox(6);
        steps.getStyleClass().add("wizard-steps");
        String[] names = {tr("Files"), tr("Kind and mapping"), tr("Check"), tr("Import"), tr("Summary")};
        for (Step step : Step.values()) {
            Label indicator = label("import-wizard-step-" + step.name().toLowerCase(Locale.ROOT),
                    tr("{0}. {1}", String.valueOf(step.ordinal() + 1), names[step.ordinal()]), "wizard-step");
            indicator.setWrapText(false);
            indicators.put(step, indicator);
            steps.getChildren().add(indicator);
        }
        Label position = label("import-wizard-position", "", "muted");
        position.textProperty().bind(Bindings.createStringBinding(model::queuePosition,
                model.currentProperty(), model.queue().files()));
        VBox header = new VBox(8, label("import-wizard-title", tr("Import files"), "section-title"), steps, position);
        header.getStyleClass().add("wizard-header");
        return header;
    }

    private Node filesPage() {
        ListView<QueuedFile> list = named(new ListView<>(model.queue().files()), "import-wizard-files", tr("Files to import"));
        list.setCellFactory(owner -> new ListCell<>() {
            @Override
            protected void updateItem(QueuedFile file, boolean empty) {
                super.updateItem(file, empty);
                if (empty || file == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label name = label("import-wizard-file-name", file.name(), "recent-name");
                Label where = label("import-wizard-file-where", file.path().getParent() + " · " + file.statusText(),
                        "hint");
                setText(null);
                setGraphic(new VBox(2, name, where));
            }
        });
        list.setPlaceholder(label("import-wizard-files-empty", tr("No files yet. Add spreadsheets with "
                + "“Add files…”, paste a path below, or drop files onto this window."), "muted"));
        VBox.setVgrow(list, Priority.ALWAYS);

        Button add = button("import-wizard-add", tr("Add files…"));
        add.setOnAction(event -> model.chooseFiles());
        Button remove = button("import-wizard-remove", tr("Remove from the list"));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> model.removeFile(list.getSelectionModel().getSelectedItem()));
        TextField path = textField("import-wizard-path", tr("Path of a file or folder to add"),
                tr("Or paste the path of a file or folder"));
        path.textProperty().bindBidirectional(model.queue().typedPathProperty());
        path.setOnAction(event -> {
            model.queue().addTyped();
            // Enter in the path field adds the path; it must not also press Next.
            event.consume();
        });
        HBox.setHgrow(path, Priority.ALWAYS);
        Button addPath = button("import-wizard-add-path", tr("Add"));
        addPath.setOnAction(event -> model.queue().addTyped());
        Label problem = label("import-wizard-path-problem", "", "feedback-error");
        problem.textProperty().bind(model.queue().typedPathProblemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        HBox actions = new HBox(10, add, remove);
        HBox pathRow = new HBox(10, path, addPath);
        pathRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(12,
                label("import-wizard-files-text", tr("Choose supplier lists, self-assessment questionnaires, audit "
                        + "workbooks, worker surveys or grievance logs (XLSX, XLS or CSV). The files are taken one "
                        + "at a time: each is checked and shown to you before anything is stored."), "muted"),
                actions, list, pathRow, problem);
    }

    private Node importingPage() {
        Label message = label("import-wizard-progress-message", "", "busy-message");
        message.textProperty().bind(model.progressMessageProperty());
        ProgressBar bar = named(new ProgressBar(), "import-wizard-progress", tr("Import progress"));
        bar.progressProperty().bind(model.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Button cancel = button("import-wizard-cancel-import", tr("Cancel import"));
        cancel.setOnAction(event -> model.cancelRunning());
        VBox card = new VBox(14, label("import-wizard-importing-title", tr("Importing"), "subsection-title"),
                message, bar,
                label("import-wizard-rollback-note", tr("The import is one transaction. If you cancel, or anything "
                        + "fails, everything is rolled back: nothing from this file is stored."), "muted"),
                cancel);
        card.getStyleClass().add("card");
        card.setMaxWidth(620);
        card.setMaxHeight(VBox.USE_PREF_SIZE);
        return new StackPane(card);
    }

    private Node summaryPage() {
        Label title = label("import-wizard-summary-title", "", "subsection-title");
        Label rows = label("import-wizard-summary-rows", "");
        Label values = label("import-wizard-summary-values", "");
        Label suppliers = label("import-wizard-summary-suppliers", "");
        Label deidentified = label("import-wizard-summary-deidentification", "");
        Label logged = label("import-wizard-summary-logged", "", "muted");
        model.resultProperty().addListener((observable, old, result) -> {
            if (result != null) {
                fillSummary(result, title, rows, values, suppliers, deidentified, logged);
            }
        });
        deidentified.managedProperty().bind(deidentified.textProperty().isNotEmpty());
        VBox card = new VBox(10, title, rows, values, suppliers, deidentified, logged);
        card.getStyleClass().add("card");
        card.setMaxHeight(VBox.USE_PREF_SIZE);
        Label next = label("import-wizard-summary-next", "", "muted");
        next.textProperty().bind(Bindings.createStringBinding(() -> model.canNextProperty().get()
                ? tr("More files are waiting: choose “Import next file” to continue.")
                : tr("All files in the list have been handled."), model.canNextProperty()));
        return new VBox(14, card, next);
    }

    private void fillSummary(ImportResult result, Label title, Label rows, Label values, Label suppliers,
            Label deidentified, Label logged) {
        QueuedFile file = model.currentProperty().get();
        title.setText(file == null ? tr("Imported") : tr("Imported {0}", file.name()));
        rows.setText(ImportText.rows(result));
        values.setText(ImportText.values(result));
        suppliers.setText(ImportText.suppliers(result));
        String deidentification = ImportText.deidentification(result.deidentification(), true);
        deidentified.setText(deidentification.isEmpty() ? "" : tr("De-identification: {0}", deidentification));
        logged.setText(tr("Recorded in the activity log as import #{0}. It can be undone on the Imports screen.",
                String.valueOf(result.importId())));
    }

    /** Covers the page while the file is read and checked, with the job's progress and a Cancel button. */
    private Node workingPanel() {
        Label message = label("import-wizard-working-message", "", "busy-message");
        message.textProperty().bind(model.progressMessageProperty());
        ProgressBar bar = named(new ProgressBar(), "import-wizard-working-progress", tr("Progress"));
        bar.progressProperty().bind(model.progressProperty());
        bar.setPrefWidth(320);
        Button cancel = button("import-wizard-working-cancel", tr("Cancel"));
        cancel.setOnAction(event -> model.cancelRunning());
        VBox card = new VBox(14, message, bar, label("import-wizard-working-note",
                tr("Nothing is stored while a file is checked."), "hint"), cancel);
        card.getStyleClass().add("busy-card");
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        StackPane veil = new StackPane(card);
        veil.getStyleClass().add("busy-veil");
        veil.setId("import-wizard-working");
        veil.visibleProperty().bind(model.busyProperty().and(model.stepProperty().isNotEqualTo(Step.IMPORTING)));
        return veil;
    }

    private Node buttons() {
        Button back = button("import-wizard-back", tr("Back"));
        back.setOnAction(event -> model.back());
        back.disableProperty().bind(model.canBackProperty().not());
        back.visibleProperty().bind(model.stepProperty().isEqualTo(Step.MAPPING)
                .or(model.stepProperty().isEqualTo(Step.CHECK)));
        Button cancel = button("import-wizard-cancel", tr("Cancel"));
        cancel.textProperty().bind(Bindings.when(model.stepProperty().isEqualTo(Step.SUMMARY))
                .then(tr("Close")).otherwise(tr("Cancel")));
        cancel.accessibleTextProperty().bind(cancel.textProperty());
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> requestClose());
        cancel.visibleProperty().bind(model.stepProperty().isNotEqualTo(Step.IMPORTING));
        Button next = primaryButton("import-wizard-next", tr("Next"));
        next.textProperty().bind(Bindings.createStringBinding(() -> switch (model.stepProperty().get()) {
            case CHECK, IMPORTING -> tr("Import");
            case SUMMARY -> tr("Import next file");
            default -> tr("Next");
        }, model.stepProperty()));
        next.accessibleTextProperty().bind(next.textProperty());
        next.disableProperty().bind(model.canNextProperty().not());
        // After the last file the summary offers only Close.
        next.visibleProperty().bind(model.stepProperty().isNotEqualTo(Step.IMPORTING)
                .and(model.stepProperty().isNotEqualTo(Step.SUMMARY).or(model.canNextProperty())));
        next.managedProperty().bind(next.visibleProperty());
        next.defaultButtonProperty().bind(next.visibleProperty());
        cancel.defaultButtonProperty().bind(model.stepProperty().isEqualTo(Step.SUMMARY).and(next.visibleProperty().not()));
        next.setOnAction(event -> model.next());
        Label notice = label("import-wizard-notice", "", "feedback-error");
        notice.textProperty().bind(model.noticeProperty());
        HBox bar = new HBox(10, back, notice, spacer(), cancel, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("wizard-buttons");
        return bar;
    }

    /** Closes the window, or cancels the running job first (the window stays until it has stopped). */
    void requestClose() {
        if (model.close()) {
            closeWindow.run();
        }
    }

    private void show(Step step) {
        page.getChildren().setAll(pages.get(step));
        indicators.forEach((each, indicator) -> {
            indicator.getStyleClass().removeAll("wizard-step-current", "wizard-step-done");
            if (each == step) {
                indicator.getStyleClass().add("wizard-step-current");
            } else if (each.ordinal() < step.ordinal()) {
                indicator.getStyleClass().add("wizard-step-done");
            }
        });
    }
}
