package org.ddworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.ui.UiTestSupport.waitFor;
import static org.ddworkbench.ui.UiTestSupport.waitUntil;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.Toolkit;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.ddworkbench.ui.imports.QueuedFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Files dragged from a file manager onto the main window open the import wizard with them queued. The robot
 * cannot start a platform drag headless, so the test builds the drop as the toolkit would deliver it (a
 * dragboard holding files) and fires it at the window's content. (Accepting the drag while it hovers needs the
 * platform's drag session, which a local dragboard cannot stand in for.)
 */
class DropFilesUiTest {
    private static final Path SUPPLIERS = Path.of("sample-projects", "thai-seafood-apparel", "inputs", "suppliers.csv");
    private static final Path SURVEY = Path.of("sample-projects", "thai-seafood-apparel", "inputs", "worker-survey.xlsx");

    private final FxRobot robot = UiTestSupport.robot();
    @TempDir
    Path home;
    private Stage stage;

    @AfterEach
    void closeWindow() throws Exception {
        if (stage != null) {
            UiTestSupport.closeWindow(stage);
        }
    }

    @Test
    void spreadsheetsDroppedOnTheWindowOpenTheImportWizardWithThem() throws Exception {
        stage = UiTestSupport.showWindow(CheckedSample.app(home), 1280, 800);
        robot.interact(() -> {
            robot.lookup("#mode-create").queryAs(ToggleButton.class).fire();
            robot.lookup("#create-name").queryAs(TextField.class).setText("Dropped files");
            robot.lookup("#create-folder").queryAs(TextField.class).setText(home.resolve("project").toString());
            robot.lookup("#create-passphrase").queryAs(PasswordField.class).setText("lantern river 42");
            robot.lookup("#create-repeat").queryAs(PasswordField.class).setText("lantern river 42");
            robot.lookup("#create-button").queryAs(Button.class).fire();
        });
        waitFor(robot, "#recovery-code-dialog");
        robot.clickOn("#recovery-code-close");
        waitFor(robot, "#main-view");
        Node window = robot.lookup("#main-view").query();

        robot.interact(() -> {
            Dragboard files = DragboardHelper.createDragboard(Toolkit.getToolkit().createLocalClipboard());
            DragboardHelper.setDataAccessRestriction(files, false);
            files.setContent(Map.of(DataFormat.FILES,
                    List.<File>of(SUPPLIERS.toAbsolutePath().toFile(), SURVEY.toAbsolutePath().toFile())));
            Event.fireEvent(window, drag(DragEvent.DRAG_DROPPED, files));
        });

        waitFor(robot, "#import-wizard");
        waitUntil(() -> robot.lookup("#import-wizard-files").queryListView().getItems().size() == 2);
        assertThat(robot.lookup("#import-wizard-files").queryListView().getItems())
                .extracting(item -> ((QueuedFile) item).name()).containsExactly("suppliers.csv", "worker-survey.xlsx");
        robot.interact(() -> robot.lookup("#import-wizard-cancel").queryAs(Button.class).fire());
    }

    private static DragEvent drag(EventType<DragEvent> type, Dragboard files) {
        return new DragEvent(type, files, 400, 300, 400, 300, TransferMode.COPY, null, null, null);
    }
}
