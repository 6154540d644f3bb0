package org.ddworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.ui.UiTestSupport.waitFor;
import static org.ddworkbench.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.ddworkbench.App;
import org.ddworkbench.check.CheckService.FindingQuery;
import org.ddworkbench.model.ActionDraft;
import org.ddworkbench.model.ActionStatus;
import org.ddworkbench.model.Finding;
import org.ddworkbench.sample.SampleProject;
import org.ddworkbench.store.Project;
import org.ddworkbench.ui.findings.FindingRow;
import org.ddworkbench.ui.suppliers.SupplierRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures the finding screens over the checked sample project, next to {@link ScreenshotTest}'s: Findings
 * with a finding selected, its evidence window, the Dashboard, and a supplier's risk breakdown and findings.
 * Writes to {@code ddw.screenshots.dir} when set (for example {@code docs/screenshots}), otherwise into the
 * build folder; fails on a control without id or accessible text.
 */
class FindingsScreenshotTest {
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
    void findingScreensRenderWithContent() throws Exception {
        App app = CheckedSample.app(base.resolve("home"));
        Path folder = CheckedSample.build(app, base.resolve("sample"));
        openActions(app, folder);
        stage = CheckedSample.open(app, folder, robot);

        robot.interact(() -> robot.lookup("#nav-findings").queryAs(ToggleButton.class).fire());
        waitFor(robot, "#findings-view");
        TableView<?> findings = robot.lookup("#findings-table").queryAs(TableView.class);
        waitUntil(() -> !findings.getItems().isEmpty());
        robot.interact(() -> {
            for (int i = 0; i < findings.getItems().size(); i++) {
                FindingRow row = (FindingRow) findings.getItems().get(i);
                if (row.finding().evidence().size() > 1 && row.finding().values().size() > 1) {
                    findings.getSelectionModel().select(i);
                    findings.scrollTo(i);
                    return;
                }
            }
            findings.getSelectionModel().select(0);
        });
        shoot("findings");
        robot.interact(() -> robot.lookup("#finding-show-evidence").queryAs(Button.class).fire());
        waitFor(robot, "#evidence-window");
        Scene evidence = robot.lookup("#evidence-window").query().getScene();
        shootScene(evidence, "evidence");
        robot.interact(() -> robot.lookup("#evidence-close").queryAs(Button.class).fire());

        robot.interact(() -> robot.lookup("#nav-dashboard").queryAs(ToggleButton.class).fire());
        waitFor(robot, "#heat-row-0");
        CheckedSample.settle(robot);
        shoot("dashboard");

        robot.interact(() -> robot.lookup("#nav-suppliers").queryAs(ToggleButton.class).fire());
        waitFor(robot, "#suppliers-view");
        TableView<?> suppliers = robot.lookup("#suppliers-table").queryAs(TableView.class);
        waitUntil(() -> !suppliers.getItems().isEmpty());
        robot.interact(() -> {
            for (int i = 0; i < suppliers.getItems().size(); i++) {
                if (((SupplierRow) suppliers.getItems().get(i)).supplier().name().startsWith("Gulf Lantern")) {
                    suppliers.getSelectionModel().select(i);
                }
            }
        });
        CheckedSample.settle(robot);
        TabPane details = robot.lookup("#suppliers-details").queryAs(TabPane.class);
        for (String tab : new String[] {"risk", "findings", "actions"}) {
            robot.interact(() -> details.getSelectionModel().select(
                    details.getTabs().stream().filter(t -> t.getId().equals("suppliers-tab-" + tab)).findFirst()
                            .orElseThrow()));
            shoot("supplier-" + tab);
        }
        assertThat(robot.lookup("#supplier-risk-terms").queryAs(TableView.class).getItems()).isNotEmpty();
    }

    /** Two corrective actions on Gulf Lantern's first findings, one of them overdue, for the supplier pictures. */
    private static void openActions(App app, Path folder) throws Exception {
        try (Project project = app.projects().open(folder, SampleProject.PASSPHRASE.toCharArray())) {
            List<Finding> gulf = app.checks().findings(project, FindingQuery.OPEN).stream()
                    .filter(f -> f.supplierName() != null && f.supplierName().startsWith("Gulf Lantern")).toList();
            LocalDate today = LocalDate.now();
            app.actions().open(project, gulf.get(0).id(), new ActionDraft("Return every identity document to its "
                    + "worker and keep only copies, with written consent.", "Supplier HR manager",
                    today.minusDays(10), ActionStatus.OPEN, "", today.plusDays(60)));
            app.actions().open(project, gulf.get(1).id(), new ActionDraft("Repay recruitment fees charged to "
                    + "workers recruited since 2023.", "Supplier finance director", today.plusDays(45),
                    ActionStatus.OPEN, "", null));
        }
    }

    private void shoot(String name) throws Exception {
        CheckedSample.settle(robot);
        assertThat(UiTestSupport.unnamedControls(stage.getScene().getRoot()))
                .as("controls without id or accessible text on " + name).isEmpty();
        shootScene(stage.getScene(), name);
    }

    private void shootScene(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(UiTestSupport.unnamedControls(scene.getRoot())).as("unnamed controls on " + name).isEmpty();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        ScreenshotTest.writePng(image, out.resolve(name + ".png"));
    }
}
