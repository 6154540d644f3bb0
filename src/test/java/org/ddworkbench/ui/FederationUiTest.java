package org.ddworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.ui.UiTestSupport.waitFor;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.ddworkbench.App;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.store.H2ProjectService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The Federation screen opens from the start screen without any project, and leads back to it. */
class FederationUiTest {
    private final FxRobot robot = UiTestSupport.robot();
    @TempDir
    Path home;
    private Stage stage;

    @BeforeEach
    void start() throws Exception {
        PackReader reader = new JsonPackReader();
        stage = UiTestSupport.showWindow(new App(home, reader, new H2ProjectService(reader, 1_000)), 1280, 800);
    }

    @AfterEach
    void closeWindow() throws Exception {
        UiTestSupport.closeWindow(stage);
    }

    @Test
    void theStartScreenOpensTheFederationScreenAndReturns() {
        robot.clickOn("#open-federation");
        waitFor(robot, "#federation-view");

        assertThat(stage.getTitle()).startsWith("Federation");
        assertThat(robot.lookup("#federation-merge").query().isDisabled()).as("nothing to merge yet").isTrue();
        assertThat(UiTestSupport.unnamedControls(stage.getScene().getRoot())).isEmpty();

        robot.clickOn("#federation-back");
        waitFor(robot, "#start-view");
        assertThat(robot.lookup("#federation-view").tryQuery()).isEmpty();
    }
}
