package org.ddworkbench.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.ddworkbench.App;
import org.ddworkbench.model.ActivityEntry;
import org.ddworkbench.model.Severity;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.report.MeasureKind;
import org.ddworkbench.report.ReportDimension;
import org.ddworkbench.report.export.ExportFormat;
import org.ddworkbench.report.packet.AggregatePacket;
import org.ddworkbench.report.packet.PacketCodec;
import org.ddworkbench.sample.SampleProject;
import org.ddworkbench.store.H2ProjectService;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.Fakes.RecordingDialogs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Reports screen's state over the real sample project (built once): build, preview, save, export, budget. */
class ReportsViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-15T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path base;
    private static App app;
    private static Project project;

    @TempDir
    Path out;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final RecordingReportDialogs reportDialogs = new RecordingReportDialogs();
    private ReportsViewModel model;

    @BeforeAll
    static void openTheSample() throws Exception {
        PackReader reader = new JsonPackReader();
        app = new App(base.resolve("home"), reader, new H2ProjectService(reader, 1_000));
        Path folder = new SampleProject(app.projects(), app.packReader(), app.imports(), app.checks())
                .ensure(base.resolve("sample"), ProgressListener.NONE, new CancellationToken());
        project = app.projects().open(folder, SampleProject.PASSPHRASE.toCharArray());
    }

    @AfterAll
    static void closeTheSample() {
        project.close();
    }

    private ReportsViewModel model() {
        if (model == null) {
            model = new ReportsViewModel(new ReportContext(project, app.reports(), app.releaser(),
                    app.privacyLedger(), CLOCK), BackgroundRunner.inline(), dialogs, reportDialogs, ZoneOffset.UTC);
        }
        return model;
    }

    /** Flagged suppliers by country × indicator, as a user would choose it in the builder. */
    private ReportForm flaggedByCountryAndIndicator(String name) {
        ReportForm form = model().form();
        form.nameProperty().set(name);
        form.rowsProperty().set(option(form.rowOptions(), ReportDimension.COUNTRY));
        form.columnsProperty().set(option(form.otherOptions(), ReportDimension.INDICATOR));
        form.kindProperty().set(option(form.kindOptions(), MeasureKind.FLAGGED_SUPPLIERS));
        assertThat(form.addMeasure()).isEmpty();
        return form;
    }

    private static <T> Option<T> option(List<Option<T>> options, T value) {
        return options.stream().filter(o -> value.equals(o.value())).findFirst().orElseThrow();
    }

    @Test
    void aPreviewShowsTheReleasedTablesWithSuppressedCellsMarkedAndExplained() {
        flaggedByCountryAndIndicator("Flagged suppliers");

        model().preview();

        assertThat(dialogs.failures).isEmpty();
        AggregatePacket packet = model().previewProperty().get();
        assertThat(packet.tables()).hasSize(1);
        PacketGrid grid = PacketGrid.of(packet.tables().get(0));
        assertThat(grid.twoWay()).isTrue();
        assertThat(grid.anySuppressed()).as("the sample has small country × indicator cells").isTrue();
        PacketGrid.Cell suppressed = grid.rows().stream().flatMap(row -> row.cells().stream())
                .filter(PacketGrid.Cell::suppressed).findFirst().orElseThrow();
        assertThat(suppressed.text()).isEqualTo("x");
        assertThat(suppressed.value()).isNull();
        assertThat(grid.notes()).isNotEmpty().allMatch(note -> note.startsWith("x = "));
        assertThat(packet.privacy()).as("a preview carries no noise").isNull();
    }

    @Test
    void anIncompleteDefinitionIsExplainedInADialog() {
        model().form().nameProperty().set("Nothing measured");

        model().preview();

        assertThat(dialogs.failures).singleElement().asString()
                .startsWith("Could not build the preview: ")
                .contains("choose at least one measure").doesNotContain("Exception");
        assertThat(model().previewProperty().get()).isNull();
    }

    @Test
    void aDefinitionIsSavedLoadedBackAndDeleted() {
        ReportForm form = flaggedByCountryAndIndicator("Saved for the board");
        form.minCellSizeProperty().set(7);

        model().save();
        assertThat(model().saved()).extracting(d -> d.name()).contains("Saved for the board");

        model().startNew();
        assertThat(form.measures()).isEmpty();
        assertThat(form.minCellSizeProperty().get()).isEqualTo(5);
        model().selectedSavedProperty().set(model().saved().stream()
                .filter(d -> d.name().equals("Saved for the board")).findFirst().orElseThrow());
        assertThat(form.nameProperty().get()).isEqualTo("Saved for the board");
        assertThat(form.columnsProperty().get().value()).isEqualTo(ReportDimension.INDICATOR);
        assertThat(form.minCellSizeProperty().get()).isEqualTo(7);
        assertThat(form.measures()).hasSize(1);

        model().deleteSelected();
        assertThat(model().saved()).extracting(d -> d.name()).doesNotContain("Saved for the board");
        assertThat(dialogs.failures).isEmpty();
    }

    @Test
    void theMeasureFormAsksForSeverityOnlyForFindingsAndForAMetricOnlyForStatistics() {
        ReportForm form = model().form();
        form.kindProperty().set(option(form.kindOptions(), MeasureKind.OPEN_FINDINGS));
        assertThat(form.severityApplies().get()).isTrue();
        assertThat(form.metricApplies().get()).isFalse();
        form.severityProperty().set(option(form.severityOptions(), Severity.HIGH));
        assertThat(form.addMeasure()).isEmpty();
        assertThat(form.describe(form.measures().get(0))).isEqualTo("Open findings (high or more severe)");
        assertThat(form.addMeasure()).hasValueSatisfying(problem -> assertThat(problem).contains("already"));

        form.kindProperty().set(option(form.kindOptions(), MeasureKind.METRIC));
        assertThat(form.severityApplies().get()).isFalse();
        assertThat(form.metricApplies().get()).isTrue();
        assertThat(form.metricOptions()).isNotEmpty();
        assertThat(form.addMeasure()).isEmpty();
        assertThat(form.measures().get(1).metricId()).isEqualTo(form.metricOptions().get(0).value());
    }

    @Test
    void anExportWritesTheFileAndReceiptLogsItAndShowsItsHash() throws Exception {
        flaggedByCountryAndIndicator("Flagged suppliers export");
        model().formatProperty().set(option(model().formats(), ExportFormat.JSON));
        model().organisationProperty().set("Buyer A");
        reportDialogs.nextSaveFile = out.resolve("flagged.json");
        int ledgerBefore = app.privacyLedger().statement(project).releases().size();

        model().export();

        assertThat(dialogs.failures).isEmpty();
        assertThat(reportDialogs.asked).containsExactly("Export the report: flagged-suppliers-export.json");
        assertThat(out.resolve("flagged.json")).exists();
        assertThat(out.resolve("flagged.json.receipt.txt")).exists();
        assertThat(PacketCodec.read(out.resolve("flagged.json")).sources().get(0).organisation()).isEqualTo("Buyer A");
        String sha = model().lastReleaseProperty().get().sha256();
        assertThat(model().messageProperty().get()).contains("flagged.json").contains(sha).contains("receipt");
        List<ActivityEntry> log = project.activityLog().entries();
        assertThat(log.get(log.size() - 1).action()).isEqualTo("report.exported");
        assertThat(model().ledger()).as("no noise, no budget spent").hasSize(ledgerBefore);
    }

    @Test
    void theSummaryIsPreviewedAndExportedAsOnePdfWithItsThreeParts() throws Exception {
        model().previewSummary();

        assertThat(dialogs.failures).isEmpty();
        assertThat(model().previewProperty().get().tables()).extracting(t -> t.title()).contains(
                "Flagged suppliers by country and indicator", "Suppliers by risk band",
                "Overdue corrective actions by country");

        model().formatProperty().set(option(model().formats(), ExportFormat.PDF));
        reportDialogs.nextSaveFile = out.resolve("summary.pdf");
        model().exportSummary();

        assertThat(dialogs.failures).isEmpty();
        assertThat(reportDialogs.asked).contains("Export the report: due-diligence-summary.pdf");
        assertThat(out.resolve("summary.pdf")).exists();
        assertThat(model().lastReleaseProperty().get().packet().reportName()).isEqualTo("Due diligence summary");
    }

    @Test
    void noiseSpendsBudgetThatTheLedgerListsAndTooMuchIsRefusedReadably() throws Exception {
        flaggedByCountryAndIndicator("Noisy release");
        model().formatProperty().set(option(model().formats(), ExportFormat.CSV));
        model().noiseProperty().set(true);
        assertThat(model().epsilonProperty().get()).isEqualTo("1.0");
        reportDialogs.nextSaveFile = out.resolve("noisy.csv");
        int ledgerBefore = app.privacyLedger().statement(project).releases().size();

        model().export();

        assertThat(dialogs.failures).isEmpty();
        assertThat(model().ledger()).hasSize(ledgerBefore + 1);
        assertThat(model().ledger().get(ledgerBefore).report()).isEqualTo("Noisy release");
        assertThat(model().ledger().get(ledgerBefore).outputSha256()).isEqualTo(
                model().lastReleaseProperty().get().sha256());
        assertThat(model().budgetProperty().get()).startsWith("Privacy budget: ε 5.0 in total");

        double left = app.privacyLedger().statement(project).budget().remaining();
        model().epsilonProperty().set(String.valueOf(left + 1));
        reportDialogs.nextSaveFile = out.resolve("too-much.csv");
        model().export();

        assertThat(dialogs.failures).singleElement().asString().startsWith("Could not export the report: ")
                .contains("is left").doesNotContain("Exception");
        assertThat(out.resolve("too-much.csv")).doesNotExist();
        assertThat(model().ledger()).hasSize(ledgerBefore + 1);
    }

    @Test
    void anEpsilonThatIsNotAPositiveNumberIsExplainedBeforeAnyFileIsChosen() throws Exception {
        flaggedByCountryAndIndicator("Bad epsilon");
        model().noiseProperty().set(true);
        model().epsilonProperty().set("-2");
        reportDialogs.nextSaveFile = out.resolve("never.xlsx");

        model().export();

        assertThat(dialogs.failures).singleElement().asString().contains("must be a positive number");
        assertThat(reportDialogs.asked).isEmpty();
        try (var files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aReportNameBecomesASafeFileName() {
        assertThat(ReportsViewModel.fileName("Flagged suppliers: Q3 / 2025")).isEqualTo("flagged-suppliers-q3-2025");
        assertThat(ReportsViewModel.fileName("  ***  ")).isEqualTo("report");
    }
}
