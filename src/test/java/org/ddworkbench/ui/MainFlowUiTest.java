package org.ddworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.ui.UiTestSupport.text;
import static org.ddworkbench.ui.UiTestSupport.waitFor;
import static org.ddworkbench.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
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

/** Drives the real window headless: create a project, browse it, close it, and reopen it with the passphrase. */
class MainFlowUiTest {
    private static final String PASSPHRASE = "lantern-42";

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
    void createBrowseCloseAndReopenAProject() {
        Path folder = home.resolve("projects").resolve("apparel-2025");

        robot.clickOn("#mode-create");
        robot.clickOn("#create-name").write("Apparel 2025");
        // Typing a long temporary path key by key is slow in the headless robot; paste it as a user might.
        robot.interact(() -> Clipboard.getSystemClipboard()
                .setContent(Map.of(DataFormat.PLAIN_TEXT, folder.toString())));
        robot.clickOn("#create-folder").push(KeyCode.SHORTCUT, KeyCode.V);
        assertThat(robot.lookup("#create-folder").queryAs(TextField.class).getText()).isEqualTo(folder.toString());
        robot.clickOn("#create-passphrase").write(PASSPHRASE);
        robot.clickOn("#create-repeat").write(PASSPHRASE);
        assertThat(text(robot, "#create-passphrase-feedback")).startsWith("Strong enough");
        robot.clickOn("#create-button");

        // A recovery code is made with the project unless declined; it is shown once and closed.
        waitFor(robot, "#recovery-code-dialog");
        robot.clickOn("#recovery-code-close");
        waitFor(robot, "#main-view");
        assertThat(text(robot, "#header-project")).isEqualTo("Apparel 2025");
        assertThat(text(robot, "#header-pack")).contains("forced-labour-core");
        assertThat(robot.lookup("#nav-reports").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#nav-pack").query().isDisabled()).isFalse();
        assertThat(text(robot, "#overview-folder")).isEqualTo(folder.toAbsolutePath().toString());

        robot.clickOn("#nav-pack");
        waitFor(robot, "#pack-view");
        TableView<?> metrics = robot.lookup("#pack-metrics").queryAs(TableView.class);
        int all = metrics.getItems().size();
        assertThat(all).isGreaterThan(5);
        robot.clickOn("#pack-search").write("fee");
        assertThat(metrics.getItems().size()).isBetween(1, all - 1);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        waitFor(robot, "#activity-view");
        waitUntil(() -> text(robot, "#activity-banner").startsWith("Activity log"));
        assertThat(text(robot, "#activity-banner")).startsWith("Activity log intact:");
        assertThat(robot.lookup("#activity-table").queryAs(TableView.class).getItems()).isNotEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        waitFor(robot, "#start-view");

        ListView<?> recent = robot.lookup("#recent-projects").queryAs(ListView.class);
        assertThat(recent.getItems()).hasSize(1);
        robot.clickOn(robot.lookup("#recent-projects .list-cell").nth(0).queryAs(Node.class));
        assertThat(robot.lookup("#open-folder").queryAs(TextField.class).getText())
                .isEqualTo(folder.toAbsolutePath().toString());

        robot.clickOn("#open-passphrase").write("wrong-pass");
        robot.clickOn("#open-button");
        waitFor(robot, "#failure-dialog");
        DialogPane failure = robot.lookup("#failure-dialog").queryAs(DialogPane.class);
        assertThat(failure.getHeaderText()).isEqualTo("Could not open the project");
        assertThat(failure.getContentText()).containsIgnoringCase("passphrase")
                .doesNotContain("Exception").doesNotContain("\tat ");
        robot.clickOn(failure.lookupButton(ButtonType.OK));
        assertThat(robot.lookup("#open-passphrase").queryAs(TextField.class).getText()).isEmpty();

        robot.clickOn("#open-passphrase").write(PASSPHRASE).type(KeyCode.ENTER);
        waitFor(robot, "#main-view");
        assertThat(text(robot, "#header-project")).isEqualTo("Apparel 2025");
        assertThat(robot.lookup("#failure-dialog").tryQuery()).isEmpty();
    }
}
