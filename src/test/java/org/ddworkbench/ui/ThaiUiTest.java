package org.ddworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.ui.UiTestSupport.waitFor;
import static org.ddworkbench.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.ddworkbench.App;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the window with Thai chosen, as {@code ddw --lang th} does: the start screen and the checked sample
 * project show Thai text in the bundled Thai font, and both are pictured as {@code th-start.png} and
 * {@code th-findings.png} next to the other screenshots.
 */
class ThaiUiTest {
    private final FxRobot robot = UiTestSupport.robot();
    private final Locale before = Locale.getDefault();
    private Stage stage;

    @TempDir
    Path base;

    @BeforeEach
    void chooseThai() {
        Locale.setDefault(Locale.forLanguageTag("th-TH"));
    }

    @AfterEach
    void closeAndRestore() throws Exception {
        try {
            if (stage != null) {
                UiTestSupport.closeWindow(stage);
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theStartScreenSpeaksThaiInTheBundledFont() throws Exception {
        stage = UiTestSupport.showWindow(CheckedSample.app(base.resolve("home")), 1280, 800);
        waitFor(robot, "#start-view");
        Labeled openMode = robot.lookup("#mode-open").queryAs(Labeled.class);
        assertThat(openMode.getText()).isEqualTo("เปิดโครงการ");
        assertThat(robot.lookup("#create-browse").queryAs(Labeled.class).getText()).isEqualTo("เลือก…");
        assertThat(openMode.getFont().getFamily()).isEqualTo("Noto Sans Thai");
        shoot(stage.getScene(), "th-start");
    }

    @Test
    void theSampleProjectShowsThaiNavigationAndFindings() throws Exception {
        App app = CheckedSample.app(base.resolve("home"));
        Path folder = CheckedSample.build(app, base.resolve("sample"));
        stage = CheckedSample.open(app, folder, robot);
        ToggleButton findings = robot.lookup("#nav-findings").queryAs(ToggleButton.class);
        assertThat(findings.getText()).isEqualTo("ข้อค้นพบ");
        assertThat(robot.lookup("#nav-suppliers").queryAs(ToggleButton.class).getText()).isEqualTo("ซัพพลายเออร์");
        assertThat(robot.lookup("#nav-pack").queryAs(ToggleButton.class).getText()).isEqualTo("ชุดตัวชี้วัด");

        robot.interact(findings::fire);
        waitFor(robot, "#findings-view");
        TableView<?> table = robot.lookup("#findings-table").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(table.getColumns()).extracting(column -> column.getText()).contains("ระดับความรุนแรง");
        shoot(stage.getScene(), "th-findings");
    }

    private void shoot(Scene scene, String name) throws Exception {
        CheckedSample.settle(robot);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        ScreenshotTest.writePng(image, UiTestSupport.screenshotsDir().resolve(name + ".png"));
    }
}
