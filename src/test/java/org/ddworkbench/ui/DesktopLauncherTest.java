package org.ddworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ddworkbench.App;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.store.H2ProjectService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The command line's hand-over: the launcher shows the window with the folder filled in and returns when it closes. */
class DesktopLauncherTest {
    private final FxRobot robot = UiTestSupport.robot();

    @TempDir
    Path home;

    @BeforeAll
    static void startToolkit() throws Exception {
        // With the toolkit already running, the launcher shows its window without exiting JavaFX afterwards.
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void launchWithoutPassphraseAsksForItAndBlocksUntilTheWindowCloses() throws Exception {
        PackReader reader = new JsonPackReader();
        App app = new App(home, reader, new H2ProjectService(reader, 1_000));
        Path project = home.resolve("some-project");

        CompletableFuture<Void> launched = CompletableFuture.runAsync(() -> DesktopLauncher.launch(app, project, null));
        UiTestSupport.waitFor(robot, "#start-view");

        assertThat(robot.lookup("#open-folder").queryAs(TextField.class).getText()).isEqualTo(project.toString());
        assertThat(launched).isNotDone();
        Stage window = (Stage) robot.lookup("#start-view").query().getScene().getWindow();
        assertThat(window.getTitle()).isEqualTo("Diligence Workbench");
        robot.interact(window::close);

        launched.get(10, TimeUnit.SECONDS);
        assertThat(Window.getWindows()).doesNotContain(window);
    }
}
