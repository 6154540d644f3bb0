package org.ddworkbench.ui.imports;

import static org.ddworkbench.ui.I18n.tr;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.ddworkbench.ingest.ImportOptions;
import org.ddworkbench.ingest.ImportPreview;
import org.ddworkbench.ingest.ImportResult;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.DialogService;
import org.ddworkbench.ui.Failures;

/**
 * State and actions of the import wizard: a queue of files taken one at a time through kind and mapping,
 * the validation preview, the import itself and its summary. Reading and importing run in the background
 * and can be cancelled; a cancelled import stores nothing.
 */
public final class ImportWizardViewModel {

    /** The wizard's pages, in order. */
    public enum Step { FILES, MAPPING, CHECK, IMPORTING, SUMMARY }

    private final ImportedData data;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ImportDialogs importDialogs;
    private final FileQueue queue = new FileQueue();
    private final FileCheck check;
    private final ProblemExporter exporter;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.FILES);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<QueuedFile> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ObjectProperty<DataSourceKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(this, "canImport");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<ImportResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper canNext = new ReadOnlyBooleanWrapper(this, "canNext");
    private final ReadOnlyBooleanWrapper canBack = new ReadOnlyBooleanWrapper(this, "canBack");

    /** The options of the file in hand, including its workbook password (wiped when the file is done). */
    private ImportOptions options = ImportOptions.DEFAULTS;
    /** The options the shown preview was made with, to fall back on when a changed preview fails. */
    private ImportOptions previewOptions = ImportOptions.DEFAULTS;
    /** The row whose edit the running preview checks, or null when the preview is not for an edit. */
    private String editedRow;
    private boolean showingPreview;

    public ImportWizardViewModel(ImportedData data, BackgroundRunner runner, DialogService dialogs,
            ImportDialogs importDialogs) {
        this.data = data;
        this.runner = runner;
        this.dialogs = dialogs;
        this.importDialogs = importDialogs;
        this.check = new FileCheck(new TargetChoices(data.project().pack().pack()));
        this.exporter = new ProblemExporter(runner, dialogs, importDialogs);
        canImport.bind(Bindings.createBooleanBinding(() -> !busy.get() && check.allowsImport(),
                check.previewProperty(), check.skipInvalidProperty(), check.replaceDuplicateProperty(), busy));
        canNext.bind(Bindings.createBooleanBinding(this::nextAllowed,
                step, busy, check.previewProperty(), canImport, queue.files()));
        canBack.bind(Bindings.createBooleanBinding(
                () -> !busy.get() && (step.get() == Step.MAPPING || step.get() == Step.CHECK), step, busy));
        kind.addListener((observable, old, chosen) -> {
            ImportPreview shown = check.previewProperty().get();
            if (!showingPreview && chosen != null && shown != null && chosen != shown.kind()) {
                changeKind(chosen);
            }
        });
    }

    // ---- the queue -------------------------------------------------------------------------------------

    /** Adds files (a folder adds the spreadsheets in it); files already queued are not added twice. */
    public void addFiles(List<Path> paths) {
        queue.add(paths);
    }

    public void chooseFiles() {
        addFiles(importDialogs.chooseImportFiles(tr("Choose files to import")));
    }

    public void removeFile(QueuedFile file) {
        if (file != null && file != current.get()) {
            queue.files().remove(file);
        }
    }

    /** "File 2 of 5: worker-survey.xlsx", or empty before a file is taken. */
    public String queuePosition() {
        QueuedFile file = current.get();
        return file == null ? "" : tr("File {0} of {1}: {2}", String.valueOf(queue.files().indexOf(file) + 1),
                String.valueOf(queue.files().size()), file.name());
    }

    // ---- moving between steps --------------------------------------------------------------------------

    /** Next, Import or Import next file, depending on the step. */
    public void next() {
        if (!canNext.get()) {
            return;
        }
        switch (step.get()) {
            case FILES, SUMMARY -> startNextFile();
            case MAPPING -> step.set(Step.CHECK);
            case CHECK -> importFile();
            default -> { }
        }
    }

    public void back() {
        if (!canBack.get()) {
            return;
        }
        if (step.get() == Step.CHECK) {
            step.set(Step.MAPPING);
        } else {
            releaseFile();
            step.set(Step.FILES);
        }
    }

    /**
     * The user closes the wizard: a running job is asked to stop (the wizard stays until it has) and true
     * is returned only when the wizard may close now.
     */
    public boolean close() {
        if (busy.get()) {
            runner.cancel();
            return false;
        }
        wipePassword();
        return true;
    }

    /** Asks a running check or import to stop; a cancelled import is rolled back completely. */
    public void cancelRunning() {
        if (busy.get()) {
            runner.cancel();
        }
    }

    private void startNextFile() {
        Optional<QueuedFile> waiting = queue.firstWaiting();
        if (waiting.isEmpty()) {
            return;
        }
        releaseFile();
        result.set(null);
        current.set(waiting.get());
        runPreview(waiting.get());
    }

    // ---- kind and mapping ------------------------------------------------------------------------------

    private void changeKind(DataSourceKind chosen) {
        options = options.withKind(chosen).withMapping(null);
        runPreview(current.get());
    }

    /** Points one column or question elsewhere and checks the file again with the edited mapping. */
    public void setTarget(MappingRow row, TargetChoice choice) {
        ImportPreview shown = check.previewProperty().get();
        if (shown == null || choice == null || busy.get() || choice.equals(row.target())) {
            return;
        }
        options = options.withKind(shown.kind()).withMapping(MappingRows.edit(shown.mapping().profile(), row, choice));
        editedRow = row.key();
        runPreview(current.get());
    }

    /** Asks where to save the problem list and writes it as CSV in the background. */
    public void exportProblems() {
        ImportPreview shown = check.previewProperty().get();
        if (shown != null && current.get() != null) {
            exporter.export(current.get().name(), shown.problems());
        }
    }

    // ---- preview ---------------------------------------------------------------------------------------

    private void runPreview(QueuedFile file) {
        ImportOptions used = options;
        busy.set(true);
        notice.set("");
        runner.runCancellable(tr("Reading and checking {0}…", file.name()),
                (progress, cancellation) -> Outcomes.unlessCancelled(() -> data.service().preview(
                        data.project(), file.path(), used, progress, cancellation)),
                outcome -> {
                    busy.set(false);
                    outcome.ifPresentOrElse(this::show, () -> previewCancelled(file));
                },
                failure -> {
                    busy.set(false);
                    previewFailed(file, failure);
                });
    }

    private void show(ImportPreview shown) {
        previewOptions = options;
        check.show(shown, editedRow);
        editedRow = null;
        showKind(shown);
        if (step.get() == Step.FILES || step.get() == Step.SUMMARY) {
            check.resetChoices();
            step.set(Step.MAPPING);
        }
    }

    private void previewCancelled(QueuedFile file) {
        options = previewOptions;
        editedRow = null;
        if (check.previewProperty().get() == null) {
            releaseFile();
            step.set(Step.FILES);
        } else {
            showKind(check.previewProperty().get());
        }
        notice.set(tr("Checking {0} was cancelled.", file.name()));
    }

    private void previewFailed(QueuedFile file, Throwable failure) {
        if (Outcomes.needsWorkbookPassword(failure)) {
            boolean again = options.workbookPassword() != null;
            Optional<char[]> password = importDialogs.askWorkbookPassword(file.name(), again);
            if (password.isPresent()) {
                wipePassword();
                options = options.withWorkbookPassword(password.get());
                runPreview(file);
            } else {
                refuse(file, tr("the workbook is protected by a password, and none was given."));
            }
            return;
        }
        dialogs.showFailure(tr("Could not read {0}", file.name()), failure);
        if (check.previewProperty().get() != null) {
            // A changed kind or mapping failed: keep showing the last preview that worked.
            options = previewOptions;
            editedRow = null;
            showKind(check.previewProperty().get());
        } else {
            refuse(file, Failures.userMessage(failure));
        }
    }

    /** Shows the preview's kind in the choice box without taking it for a user's change. */
    private void showKind(ImportPreview shown) {
        showingPreview = true;
        try {
            kind.set(shown.kind());
        } finally {
            showingPreview = false;
        }
    }

    private void refuse(QueuedFile file, String why) {
        file.markRefused(why);
        releaseFile();
        step.set(Step.FILES);
    }

    // ---- import ----------------------------------------------------------------------------------------

    private boolean nextAllowed() {
        if (busy.get()) {
            return false;
        }
        return switch (step.get()) {
            case FILES, SUMMARY -> queue.firstWaiting().isPresent();
            case MAPPING -> check.previewProperty().get() != null;
            case CHECK -> canImport.get();
            case IMPORTING -> false;
        };
    }

    private void importFile() {
        ImportPreview shown = check.previewProperty().get();
        QueuedFile file = current.get();
        ImportOptions used = check.applyTo(options);
        busy.set(true);
        notice.set("");
        step.set(Step.IMPORTING);
        runner.runCancellable(tr("Importing {0}…", file.name()),
                (progress, cancellation) -> Outcomes.unlessCancelled(() -> data.service().commit(
                        data.project(), shown, used, progress, cancellation)),
                outcome -> {
                    busy.set(false);
                    outcome.ifPresentOrElse(done -> imported(file, done), () -> {
                        step.set(Step.CHECK);
                        notice.set(tr("The import of {0} was cancelled and rolled back: nothing from it was stored.",
                                file.name()));
                    });
                },
                failure -> {
                    busy.set(false);
                    step.set(Step.CHECK);
                    dialogs.showFailure(tr("Could not import {0}", file.name()), failure);
                });
    }

    private void imported(QueuedFile file, ImportResult done) {
        file.markImported(tr("{0,choice,0#no rows|1#1 row|1<{0,number,integer} rows}", done.rowsImported()));
        result.set(done);
        wipePassword();
        step.set(Step.SUMMARY);
        data.changed();
    }

    private void releaseFile() {
        wipePassword();
        options = ImportOptions.DEFAULTS;
        previewOptions = ImportOptions.DEFAULTS;
        editedRow = null;
        current.set(null);
        check.clear();
    }

    private void wipePassword() {
        char[] password = options.workbookPassword();
        if (password != null) {
            Arrays.fill(password, '\0');
            options = options.withWorkbookPassword(null);
            previewOptions = previewOptions.withWorkbookPassword(null);
        }
    }

    // ---- state for the view ----------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** True while this wizard's own check or import runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<QueuedFile> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The files given to the wizard, with what became of each. */
    public FileQueue queue() {
        return queue;
    }

    /** The kind of the file in hand; choosing another one checks the file again as that kind. */
    public ObjectProperty<DataSourceKind> kindProperty() {
        return kind;
    }

    /** The preview of the file in hand and the user's choices on it. */
    public FileCheck check() {
        return check;
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canNextProperty() {
        return canNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canBackProperty() {
        return canBack.getReadOnlyProperty();
    }

    /** A one-line message about the last thing that happened (a cancellation), or empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Progress of the running job, 0..1, negative while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return runner.progressProperty();
    }

    public ReadOnlyStringProperty progressMessageProperty() {
        return runner.messageProperty();
    }
}
