package org.ddworkbench.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ddworkbench.ingest.FileRejectedException;
import org.ddworkbench.ingest.ImportOptions;
import org.ddworkbench.ingest.ImportProblem;
import org.ddworkbench.ingest.map.TargetKind;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.Fakes.FakeProject;
import org.ddworkbench.ui.Fakes.RecordingDialogs;
import org.ddworkbench.ui.imports.ImportWizardViewModel.Step;
import org.ddworkbench.ui.imports.QueuedFile.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportWizardViewModelTest {
    private static final ImportProblem BAD_HOURS =
            new ImportProblem("suppliers.csv", "Sheet1", 4, "B \"Hours\"", "200", "Above the maximum of 168 hours.");

    @TempDir
    Path folder;
    private final FakeImportService service = new FakeImportService();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final RecordingImportDialogs importDialogs = new RecordingImportDialogs();
    private final ImportedData data = new ImportedData(new FakeProject(Path.of("/tmp/p"), "P"), service);
    private final ImportWizardViewModel model =
            new ImportWizardViewModel(data, BackgroundRunner.inline(), dialogs, importDialogs);
    private Path suppliers;
    private Path survey;

    @BeforeEach
    void files() throws IOException {
        suppliers = Files.writeString(folder.resolve("suppliers.csv"), "Supplier Name,Hours\n");
        survey = Files.writeString(folder.resolve("survey.xlsx"), "not really a workbook");
    }

    @Test
    void nextIsOnlyPossibleOnceAFileIsQueued() {
        assertThat(model.canNextProperty().get()).isFalse();

        model.addFiles(List.of(suppliers, suppliers));

        assertThat(model.queue().files()).hasSize(1);
        assertThat(model.canNextProperty().get()).isTrue();
    }

    @Test
    void aFolderQueuesTheSpreadsheetsInIt() throws IOException {
        Files.writeString(folder.resolve("notes.txt"), "x");

        model.addFiles(List.of(folder));

        assertThat(model.queue().files()).extracting(QueuedFile::name).containsExactly("suppliers.csv", "survey.xlsx");
    }

    @Test
    void aTypedPathIsAddedOnlyWhenSomethingIsThere() {
        model.queue().typedPathProperty().set(folder.resolve("missing.csv").toString());
        model.queue().addTyped();
        assertThat(model.queue().files()).isEmpty();
        assertThat(model.queue().typedPathProblemProperty().get()).startsWith("There is no file or folder at");

        model.queue().typedPathProperty().set("\"" + suppliers + "\"");
        model.queue().addTyped();
        assertThat(model.queue().files()).extracting(QueuedFile::path).containsExactly(suppliers.toAbsolutePath());
        assertThat(model.queue().typedPathProblemProperty().get()).isEmpty();
        assertThat(model.queue().typedPathProperty().get()).isEmpty();
    }

    @Test
    void filesAreTakenOneAtATimeWithTheirPositionInTheQueue() {
        model.addFiles(List.of(suppliers, survey));

        model.next();

        assertThat(model.stepProperty().get()).isEqualTo(Step.MAPPING);
        assertThat(model.queuePosition()).isEqualTo("File 1 of 2: suppliers.csv");
        assertThat(model.check().mappingRows()).hasSize(2);
        assertThat(model.check().mappingRows().get(1).lowConfidence()).isTrue();
        assertThat(model.check().mappingSourceProperty().get()).isEqualTo("suggested");

        model.next();
        model.next();
        assertThat(model.stepProperty().get()).isEqualTo(Step.SUMMARY);
        assertThat(model.queue().files().get(0).status()).isEqualTo(Status.IMPORTED);
        assertThat(model.canNextProperty().get()).as("another file waits").isTrue();

        model.next();
        assertThat(model.stepProperty().get()).isEqualTo(Step.MAPPING);
        assertThat(model.queuePosition()).isEqualTo("File 2 of 2: survey.xlsx");
        model.next();
        model.next();
        assertThat(model.canNextProperty().get()).as("no file left").isFalse();
    }

    @Test
    void problemsBlockTheImportUntilTheUserChoosesToSkipThem() {
        service.previews = (file, options) -> FakeImportService.preview(file, DataSourceKind.SUPPLIER_LIST,
                List.of(BAD_HOURS), 0);
        model.addFiles(List.of(suppliers));
        model.next();
        model.next();

        assertThat(model.stepProperty().get()).isEqualTo(Step.CHECK);
        assertThat(model.check().problems()).containsExactly(BAD_HOURS);
        assertThat(model.canImportProperty().get()).isFalse();
        model.next();
        assertThat(service.commitCalls).isEmpty();

        model.check().skipInvalidProperty().set(true);
        assertThat(model.canImportProperty().get()).isTrue();
        model.next();

        assertThat(service.commitCalls).singleElement().extracting(ImportOptions::skipInvalidRows).isEqualTo(true);
        assertThat(ImportText.rows(model.resultProperty().get())).contains("9 rows imported", "1 row with problems");
    }

    @Test
    void changingTheKindChecksTheFileAgainAsThatKind() {
        model.addFiles(List.of(suppliers));
        model.next();
        assertThat(model.kindProperty().get()).isEqualTo(DataSourceKind.SUPPLIER_LIST);

        model.kindProperty().set(DataSourceKind.AUDIT);

        assertThat(service.previewCalls).extracting(ImportOptions::kind).containsExactly(null, DataSourceKind.AUDIT);
        assertThat(service.previewCalls.get(1).mapping()).as("a new kind gets a new suggestion").isNull();
        assertThat(model.check().previewProperty().get().kind()).isEqualTo(DataSourceKind.AUDIT);
        assertThat(model.stepProperty().get()).isEqualTo(Step.MAPPING);
    }

    @Test
    void aKindTheFileCannotBeReadAsIsExplainedAndTheLastPreviewKept() {
        model.addFiles(List.of(suppliers));
        model.next();
        service.previews = (file, options) -> {
            throw new FileRejectedException("suppliers.csv has no header row an audit workbook needs.");
        };

        model.kindProperty().set(DataSourceKind.AUDIT);

        assertThat(dialogs.failures).containsExactly(
                "Could not read suppliers.csv: suppliers.csv has no header row an audit workbook needs.");
        assertThat(model.kindProperty().get()).isEqualTo(DataSourceKind.SUPPLIER_LIST);
        assertThat(model.check().previewProperty().get()).isNotNull();
        assertThat(model.queue().files().get(0).status()).isEqualTo(Status.WAITING);
    }

    @Test
    void editingATargetChecksTheFileAgainWithTheEditedMapping() {
        model.addFiles(List.of(suppliers));
        service.previews = (file, options) -> {
            var preview = FakeImportService.preview(file, DataSourceKind.SUPPLIER_LIST, List.of(), 0);
            return options.mapping() == null ? preview : FakeImportService.withMapping(preview, options.mapping());
        };
        model.next();
        MappingRow hours = model.check().mappingRows().get(1);

        model.setTarget(hours, TargetChoices.ignore());

        assertThat(service.previewCalls).hasSize(2);
        var sent = service.previewCalls.get(1).mapping().sheets().get(0).columns().get(1);
        assertThat(sent.kind()).isEqualTo(TargetKind.IGNORE);
        assertThat(sent.header()).isEqualTo("Hours");
        assertThat(model.check().mappingRows().get(1).target().kind()).isEqualTo(TargetKind.IGNORE);
        assertThat(model.check().mappingRows().get(1).confidenceText()).isEqualTo("set by you");
        assertThat(model.check().mappingRows().get(0).confidenceText()).as("kept from the suggestion").isEqualTo("95 %");
        assertThat(model.check().mappingSourceProperty().get()).isEqualTo("Edited by you (started from: suggested)");

        model.next();
        model.next();
        assertThat(service.commitCalls.get(0).mapping()).as("the edited mapping is imported").isNotNull();
    }

    @Test
    void anEarlierImportOfTheSameFileMustBeReplacedExplicitly() {
        service.previews = (file, options) -> FakeImportService.preview(file, DataSourceKind.SUPPLIER_LIST,
                List.of(), 7);
        model.addFiles(List.of(suppliers));
        model.next();
        model.next();

        assertThat(ImportText.duplicate(model.check().previewProperty().get())).contains("import #7");
        assertThat(model.canImportProperty().get()).isFalse();

        model.check().replaceDuplicateProperty().set(true);
        model.check().saveMappingAsProperty().set("  Acme list  ");
        model.next();

        ImportOptions used = service.commitCalls.get(0);
        assertThat(used.replaceDuplicate()).isTrue();
        assertThat(used.skipInvalidRows()).isFalse();
        assertThat(used.saveMappingAs()).isEqualTo("Acme list");
    }

    @Test
    void aProtectedWorkbookAsksForItsPasswordRetriesAndWipesItAfterwards() {
        char[] typed = "secret".toCharArray();
        importDialogs.passwords.add(Optional.of("wrong".toCharArray()));
        importDialogs.passwords.add(Optional.of(typed));
        service.previews = (file, options) -> {
            if (options.workbookPassword() == null || !"secret".equals(new String(options.workbookPassword()))) {
                throw new FileRejectedException("survey.xlsx is protected by a password; the password given does "
                        + "not open it.");
            }
            return FakeImportService.preview(file, DataSourceKind.WORKER_SURVEY, List.of(), 0);
        };
        model.addFiles(List.of(survey));

        model.next();

        assertThat(importDialogs.passwordRequests).containsExactly("survey.xlsx", "survey.xlsx again");
        assertThat(model.stepProperty().get()).isEqualTo(Step.MAPPING);
        assertThat(dialogs.failures).isEmpty();
        model.next();
        model.next();
        assertThat(service.commitCalls.get(0).workbookPassword()).as("the commit re-reads the file").isNotNull();
        assertThat(typed).as("wiped once the file is imported").containsOnly('\0');
    }

    @Test
    void aWorkbookWithoutPasswordIsSetAsideAndTheQueueGoesOn() {
        service.previews = (file, options) -> {
            throw new FileRejectedException("survey.xlsx is protected by a password.");
        };
        model.addFiles(List.of(survey));

        model.next();

        assertThat(model.stepProperty().get()).isEqualTo(Step.FILES);
        assertThat(model.queue().files().get(0).status()).isEqualTo(Status.REFUSED);
        assertThat(model.queue().files().get(0).statusText()).contains("password");
        assertThat(model.canNextProperty().get()).isFalse();
    }

    @Test
    void anUnreadableFileIsExplainedAndSetAside() {
        service.previews = (file, options) -> {
            throw new FileRejectedException("survey.xlsx is not a readable workbook: the zip archive is truncated.");
        };
        model.addFiles(List.of(survey));

        model.next();

        assertThat(importDialogs.passwordRequests).isEmpty();
        assertThat(dialogs.failures).containsExactly(
                "Could not read survey.xlsx: survey.xlsx is not a readable workbook: the zip archive is truncated.");
        assertThat(model.queue().files().get(0).statusText()).contains("truncated");
        assertThat(model.stepProperty().get()).isEqualTo(Step.FILES);
    }

    @Test
    void anImportTellsTheOtherScreensToRefresh() {
        model.addFiles(List.of(suppliers));
        model.next();
        model.next();

        model.next();

        assertThat(data.revisionProperty().get()).isEqualTo(1);
        assertThat(ImportText.suppliers(model.resultProperty().get())).isEqualTo(
                "Suppliers: 2 created, 1 matched to suppliers already in the project.");
    }

    @Test
    void aCancelledImportGoesBackToTheCheckAndSaysNothingWasStored() {
        service.cancelCommit = true;
        model.addFiles(List.of(suppliers));
        model.next();
        model.next();

        model.next();

        assertThat(model.stepProperty().get()).isEqualTo(Step.CHECK);
        assertThat(model.noticeProperty().get()).contains("rolled back", "nothing from it was stored");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(data.revisionProperty().get()).isZero();
        assertThat(model.queue().files().get(0).status()).isEqualTo(Status.WAITING);
    }

    @Test
    void aRefusedImportIsExplainedAndTheCheckStays() {
        service.commitFailure = new FileRejectedException("suppliers.csv changed since it was checked.");
        model.addFiles(List.of(suppliers));
        model.next();
        model.next();

        model.next();

        assertThat(model.stepProperty().get()).isEqualTo(Step.CHECK);
        assertThat(dialogs.failures).containsExactly(
                "Could not import suppliers.csv: suppliers.csv changed since it was checked.");
    }

    @Test
    void backFromTheMappingPutsTheFileBackInTheQueue() {
        model.addFiles(List.of(suppliers));
        model.next();

        model.back();

        assertThat(model.stepProperty().get()).isEqualTo(Step.FILES);
        assertThat(model.currentProperty().get()).isNull();
        assertThat(model.check().previewProperty().get()).isNull();
        assertThat(model.canNextProperty().get()).isTrue();
    }

    @Test
    void theProblemListIsExportedWhereTheUserChooses() throws IOException {
        service.previews = (file, options) -> FakeImportService.preview(file, DataSourceKind.SUPPLIER_LIST,
                List.of(BAD_HOURS), 0);
        importDialogs.nextSaveFile = Optional.of(folder.resolve("problems.csv"));
        model.addFiles(List.of(suppliers));
        model.next();
        model.next();

        model.exportProblems();

        assertThat(Files.readString(folder.resolve("problems.csv"))).contains("Above the maximum of 168 hours.");
        assertThat(dialogs.information).singleElement().asString().startsWith("Problem list saved: 1 problem written to");
    }
}
