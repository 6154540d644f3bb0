package org.ddworkbench.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.ImportRecord;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.Fakes.FakeProject;
import org.ddworkbench.ui.Fakes.RecordingDialogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImportsViewModelTest {
    private final FakeImportService service = new FakeImportService();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final RecordingImportDialogs importDialogs = new RecordingImportDialogs();
    private final ImportedData data = new ImportedData(new FakeProject(Path.of("/tmp/p"), "P"), service);
    private final ImportsViewModel model = new ImportsViewModel(data, BackgroundRunner.inline(), dialogs,
            importDialogs, ZoneId.of("Asia/Bangkok"));

    @BeforeEach
    void twoImports() {
        service.imports.add(new ImportRecord(1, "suppliers.csv", "0123456789abcdef".repeat(4),
                DataSourceKind.SUPPLIER_LIST, "suggested", Instant.parse("2025-06-30T08:00:00Z"), 12, 0, 84,
                "fe".repeat(32)));
        service.imports.add(new ImportRecord(2, "worker-survey.xlsx", "ab".repeat(32), DataSourceKind.WORKER_SURVEY,
                "template", Instant.parse("2025-06-30T09:30:00Z"), 240, 3, 4_800, "fe".repeat(32)));
    }

    @Test
    void listsImportsInLocalTimeWithAShortHash() {
        model.refresh();

        assertThat(model.rows()).hasSize(2);
        ImportRow first = model.rows().get(0);
        assertThat(first.when()).isEqualTo("2025-06-30 15:00");
        assertThat(first.kind()).isEqualTo("Supplier list");
        assertThat(first.shortSha()).isEqualTo("0123456789ab");
    }

    @Test
    void theDetailShowsTheFullProvenance() {
        model.refresh();
        model.selectedProperty().set(model.rows().get(1));

        Map<String, String> detail = Map.ofEntries(model.detailProperty().get().toArray(Map.Entry[]::new));

        assertThat(detail).containsEntry("File SHA-256", "ab".repeat(32))
                .containsEntry("Pack fingerprint", "fe".repeat(32))
                .containsEntry("Rows skipped", "3")
                .containsEntry("Import number", "#2");
    }

    @Test
    void undoSaysExactlyWhatWillBeRemovedAndDoesNothingWhenDeclined() {
        model.refresh();
        model.selectedProperty().set(model.rows().get(1));

        model.undoSelected();

        assertThat(importDialogs.confirmations).singleElement().asString()
                .startsWith("Undo this import?: This removes everything import #2 brought in from worker-survey.xlsx")
                .contains("240 rows and 4,800 values", "suppliers that only this import created",
                        "recorded in the activity log");
        assertThat(service.undone).isEmpty();
        assertThat(model.rows()).hasSize(2);
    }

    @Test
    void aConfirmedUndoRemovesTheImportAndRefreshesEveryScreen() {
        importDialogs.confirmAnswer = true;
        model.refresh();
        model.selectedProperty().set(model.rows().get(0));

        model.undoSelected();

        assertThat(service.undone).containsExactly(1L);
        assertThat(data.revisionProperty().get()).isEqualTo(1);
        assertThat(model.rows()).extracting(row -> row.record().fileName()).containsExactly("worker-survey.xlsx");
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(dialogs.information).singleElement().asString().startsWith("Import undone");
    }

    @Test
    void anUnreadableListIsExplained() {
        service.listFailure = new ProblemException("The project store could not be read.");

        model.refresh();

        assertThat(dialogs.failures).containsExactly(
                "Could not read the list of imports: The project store could not be read.");
    }
}
