package org.ddworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.ui.UiTestSupport.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.ddworkbench.App;
import org.ddworkbench.report.Measure;
import org.ddworkbench.report.MeasureKind;
import org.ddworkbench.report.ReleaseOptions;
import org.ddworkbench.report.ReportDefinition;
import org.ddworkbench.report.ReportDimension;
import org.ddworkbench.report.export.ExportFormat;
import org.ddworkbench.report.federation.PacketMerger;
import org.ddworkbench.report.packet.AggregatePacket;
import org.ddworkbench.report.packet.PacketCodec;
import org.ddworkbench.report.packet.PacketSource;
import org.ddworkbench.sample.SampleProject;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import org.ddworkbench.ui.Fakes.RecordingDialogs;
import org.ddworkbench.ui.reports.FederationView;
import org.ddworkbench.ui.reports.FederationViewModel;
import org.ddworkbench.ui.reports.RecordingReportDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures the Reports screen with a preview of flagged suppliers by country × indicator in the real window, and
 * the Federation screen (as the start screen opens it) with two organisations' packets merged. Writes to
 * {@code ddw.screenshots.dir} when set, otherwise into the build folder; fails on a control without id or
 * accessible text.
 */
class ReportsScreenshotTest {
    private final FxRobot robot = UiTestSupport.robot();
    private final Path out = UiTestSupport.screenshotsDir();
    private Stage stage;

    @TempDir
    Path base;

    @AfterEach
    void closeWindow() throws Exception {
        if (stage != null) {
            UiTestSupport.closeWindow(stage);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportsAndFederationScreensRenderWithContent() throws Exception {
        App app = CheckedSample.app(base.resolve("home"));
        Path folder = CheckedSample.build(app, base.resolve("sample"));
        List<Path> packets = twoPackets(app, folder);

        stage = CheckedSample.open(app, folder, robot);
        robot.interact(() -> robot.lookup("#nav-reports").queryAs(ToggleButton.class).fire());
        waitFor(robot, "#reports-view");
        CheckedSample.settle(robot);
        robot.interact(() -> robot.lookup("#report-name").queryAs(TextField.class)
                .setText("Flagged suppliers by country and indicator"));
        choose("#report-columns", "Indicator");
        choose("#report-measure-kind", "Flagged suppliers");
        robot.interact(() -> robot.lookup("#report-measure-add").queryAs(Button.class).fire());
        // The sample is small: at the pack's floor of 3 more cells are published, as a user may choose.
        robot.interact(() -> ((Spinner<Integer>) robot.lookup("#report-min-cell").queryAs(Spinner.class))
                .getValueFactory().setValue(3));
        robot.interact(() -> robot.lookup("#report-organisation").queryAs(TextField.class).setText("Buyer A"));
        robot.interact(() -> robot.lookup("#report-preview").queryAs(Button.class).fire());
        waitFor(robot, "#preview-table-0");
        CheckedSample.settle(robot);
        assertThat(robot.lookup("#preview-table-0 .packet-suppressed").queryAll()).isNotEmpty();
        shoot(stage.getScene(), "reports");
        UiTestSupport.closeWindow(stage);

        RecordingReportDialogs dialogs = new RecordingReportDialogs();
        dialogs.nextPacketFiles = packets;
        stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> {
            FederationViewModel model = new FederationViewModel(new PacketMerger(), BackgroundRunner.inline(),
                    new RecordingDialogs(), dialogs, Clock.systemDefaultZone());
            Scene scene = new Scene(new StackPane(new FederationView(model, () -> { }).root()), 1280, 800);
            scene.getStylesheets().add(Theme.stylesheet());
            stage.setScene(scene);
            stage.show();
            model.addPackets();
            model.nameProperty().set("Partnership view, 2025");
            model.merge();
        });
        waitFor(robot, "#merged-table-0");
        shoot(stage.getScene(), "federation");
    }

    /** Buyer A's packet released from the sample, and Buyer B's: the same figures from another organisation. */
    private static List<Path> twoPackets(App app, Path folder) throws Exception {
        Path a = Files.createDirectories(folder.resolveSibling("packets")).resolve("buyer-a.json");
        ReportDefinition definition = new ReportDefinition("Flagged suppliers by country", ReportDimension.COUNTRY,
                null, List.of(Measure.of(MeasureKind.SUPPLIERS), Measure.of(MeasureKind.FLAGGED_SUPPLIERS)), null,
                true);
        try (Project project = app.projects().open(folder, SampleProject.PASSPHRASE.toCharArray())) {
            app.releaser().release(project, definition, new ReleaseOptions(ExportFormat.JSON, a, null, "Buyer A"),
                    LocalDate.now(), ProgressListener.NONE, new CancellationToken());
        }
        AggregatePacket buyerA = PacketCodec.read(a);
        AggregatePacket buyerB = new AggregatePacket(buyerA.format(), buyerA.reportName(), buyerA.released(),
                buyerA.pack(), buyerA.disclosure(), buyerA.privacy(),
                List.of(new PacketSource("Buyer B", "release-of-buyer-b", null)), buyerA.tables());
        Path b = a.resolveSibling("buyer-b.json");
        Files.write(b, PacketCodec.write(buyerB));
        return List.of(a, b);
    }

    @SuppressWarnings("unchecked")
    private void choose(String query, String label) {
        ChoiceBox<Object> box = robot.lookup(query).queryAs(ChoiceBox.class);
        Object item = box.getItems().stream().filter(o -> o.toString().equals(label)).findFirst().orElseThrow();
        robot.interact(() -> box.setValue(item));
    }

    private void shoot(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(UiTestSupport.unnamedControls(scene.getRoot())).as("unnamed controls on " + name).isEmpty();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        ScreenshotTest.writePng(image, out.resolve(name + ".png"));
    }
}
