package org.ddworkbench.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.ddworkbench.App;
import org.ddworkbench.model.ActivityEntry;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.report.packet.PacketCodec;
import org.ddworkbench.sample.SampleProject;
import org.ddworkbench.store.H2ProjectService;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.Fakes.RecordingDialogs;
import org.ddworkbench.ui.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real Reports screen headless over the sample project, with background work on real threads: build
 * flagged suppliers by country × indicator, preview it, find a suppressed "x" cell, export a JSON packet with
 * noise, and see the file, the ledger line and the activity-log entry.
 */
class ReportsUiTest {
    @TempDir
    Path base;
    @TempDir
    Path out;
    private final FxRobot robot = new FxRobot();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final RecordingReportDialogs reportDialogs = new RecordingReportDialogs();
    private final BackgroundRunner runner = BackgroundRunner.onDaemonThreads();
    private Project project;
    private Stage stage;

    @AfterEach
    void closeEverything() throws Exception {
        if (stage != null) {
            FxToolkit.setupFixture(stage::hide);
        }
        runner.shutdown();
        if (project != null) {
            project.close();
        }
    }

    @Test
    void buildPreviewAndExportFlaggedSuppliersByCountryAndIndicator() throws Exception {
        PackReader reader = new JsonPackReader();
        App app = new App(base.resolve("home"), reader, new H2ProjectService(reader, 1_000));
        Path folder = new SampleProject(app.projects(), app.packReader(), app.imports(), app.checks())
                .ensure(base.resolve("sample"), ProgressListener.NONE, new CancellationToken());
        project = app.projects().open(folder, SampleProject.PASSPHRASE.toCharArray());
        ReportsViewModel model = new ReportsViewModel(new ReportContext(project, app.reports(), app.releaser(),
                app.privacyLedger(), Clock.systemDefaultZone()), runner, dialogs, reportDialogs, ZoneOffset.UTC);
        show(model);
        robot.interact(model::refresh);
        waitUntil(() -> !runner.runningProperty().get());

        robot.clickOn("#report-name").write("Flagged by country");
        choose("#report-columns", "Indicator");
        choose("#report-measure-kind", "Flagged suppliers");
        robot.interact(() -> robot.lookup("#report-measure-add").queryAs(Button.class).fire());
        assertThat(robot.lookup("#report-measures").queryAs(ListView.class).getItems())
                .hasSize(1);
        robot.interact(() -> robot.lookup("#report-preview").queryAs(Button.class).fire());
        waitUntil(() -> robot.lookup("#preview-table-0").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        List<Labeled> crossed = robot.lookup("#preview-table-0 .packet-suppressed").queryAllAs(Labeled.class)
                .stream().toList();
        assertThat(crossed).as("suppressed cells drawn as a marked x").isNotEmpty()
                .allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("x"));
        assertThat(crossed.get(0).getTooltip().getText()).startsWith("Suppressed: ");
        assertThat(robot.lookup("#preview-table-0-note-0").queryLabeled().getText()).startsWith("x = ");
        assertThat(robot.lookup("#preview-table-0-heat").tryQuery()).isPresent();

        choose("#report-format", "JSON aggregate packet");
        CheckBox noise = robot.lookup("#report-noise").queryAs(CheckBox.class);
        robot.interact(() -> noise.setSelected(true));
        reportDialogs.nextSaveFile = out.resolve("flagged.json");
        robot.interact(() -> robot.lookup("#report-export").queryAs(Button.class).fire());
        TableView<?> ledger = robot.lookup("#report-ledger").queryAs(TableView.class);
        waitUntil(() -> !ledger.getItems().isEmpty());

        assertThat(dialogs.failures).isEmpty();
        assertThat(out.resolve("flagged.json")).exists();
        assertThat(PacketCodec.read(out.resolve("flagged.json")).privacy().epsilon()).isEqualTo(1.0);
        LedgerRow line = (LedgerRow) ledger.getItems().get(0);
        assertThat(line.report()).isEqualTo("Flagged by country");
        assertThat(robot.lookup("#report-outcome").queryLabeled().getText()).contains(line.outputSha256());
        assertThat(robot.lookup("#report-budget").queryLabeled().getText()).contains("1.0 spent, 4.0 left");
        List<ActivityEntry> log = project.activityLog().entries();
        assertThat(log.get(log.size() - 1).action()).isEqualTo("report.exported");
    }

    private void show(ReportsViewModel model) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> {
            ReportsView view = new ReportsView(model);
            Scene scene = new Scene(new StackPane(view.root()), 1280, 800);
            scene.getStylesheets().add(Theme.stylesheet());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private void choose(String query, String label) {
        ChoiceBox<Object> box = robot.lookup(query).queryAs(ChoiceBox.class);
        Object item = box.getItems().stream().filter(o -> o.toString().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(query + " offers no " + label + ": " + box.getItems()));
        robot.interact(() -> box.setValue(item));
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
