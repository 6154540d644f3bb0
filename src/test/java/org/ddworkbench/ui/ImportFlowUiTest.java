package org.ddworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ddworkbench.App;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.store.H2ProjectService;
import org.ddworkbench.ui.imports.ImportRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Drives the real window headless through an import: two sample files through the wizard, the Imports and
 * Suppliers screens, and an undo. The file chooser cannot be driven headless, so files come in through the
 * wizard's path field, as a pasted path would.
 */
class ImportFlowUiTest {
    private static final Path INPUTS = Path.of("sample-projects", "thai-seafood-apparel", "inputs");
    private static final String PASSPHRASE = "lantern river 42";

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
    void importTwoSampleFilesSeeThemListedAndUndoOne() {
        createProject();

        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitFor("#import-wizard");
        addByPath(INPUTS.resolve("suppliers.csv"));
        addByPath(INPUTS.resolve("worker-survey.xlsx"));
        assertThat(robot.lookup("#import-wizard-files").queryListView().getItems()).hasSize(2);

        robot.clickOn("#import-wizard-next");
        waitUntil(() -> visible("#import-wizard-mapping-step") && !busy());
        assertThat(text("#import-wizard-position")).isEqualTo("File 1 of 2: suppliers.csv");
        assertThat(robot.lookup("#import-wizard-kind").queryAs(ChoiceBox.class).getValue())
                .isEqualTo(DataSourceKind.SUPPLIER_LIST);
        importThisFile();
        assertThat(text("#import-wizard-summary-rows")).startsWith("12 rows imported");

        robot.clickOn("#import-wizard-next");
        waitUntil(() -> visible("#import-wizard-mapping-step") && !busy());
        assertThat(text("#import-wizard-position")).isEqualTo("File 2 of 2: worker-survey.xlsx");
        assertThat(robot.lookup("#import-wizard-kind").queryAs(ChoiceBox.class).getValue())
                .isEqualTo(DataSourceKind.WORKER_SURVEY);
        importThisFile();
        assertThat(text("#import-wizard-summary-deidentification")).contains("not stored");
        robot.clickOn("#import-wizard-cancel");
        waitUntil(() -> robot.lookup("#import-wizard").tryQuery().isEmpty());

        robot.interact(() -> robot.lookup("#nav-imports").queryAs(ToggleButton.class).fire());
        waitFor("#imports-view");
        TableView<?> imports = robot.lookup("#imports-table").queryAs(TableView.class);
        waitUntil(() -> imports.getItems().size() == 2);

        robot.interact(() -> robot.lookup("#nav-suppliers").queryAs(ToggleButton.class).fire());
        waitFor("#suppliers-view");
        TableView<?> suppliers = robot.lookup("#suppliers-table").queryAs(TableView.class);
        waitUntil(() -> suppliers.getItems().size() == 12);

        robot.interact(() -> robot.lookup("#nav-imports").queryAs(ToggleButton.class).fire());
        waitFor("#imports-view");
        robot.interact(() -> imports.getSelectionModel().select(1));
        String undone = ((ImportRow) imports.getItems().get(1)).record().fileName();
        robot.clickOn("#imports-undo");
        waitFor("#confirm-dialog");
        assertThat(robot.lookup("#confirm-dialog").queryAs(DialogPane.class).getContentText())
                .contains("This removes everything import", undone);
        robot.clickOn("#confirm-yes");
        waitFor("#information-dialog");
        DialogPane done = robot.lookup("#information-dialog").queryAs(DialogPane.class);
        assertThat(done.getHeaderText()).isEqualTo("Import undone");
        robot.interact(() -> ((Button) done.lookupButton(ButtonType.OK)).fire());
        waitUntil(() -> imports.getItems().size() == 1);
        assertThat(((ImportRow) imports.getItems().get(0)).record().fileName()).isNotEqualTo(undone);
    }

    private void createProject() {
        Path folder = home.resolve("projects").resolve("seafood");
        robot.interact(() -> {
            robot.lookup("#mode-create").queryAs(ToggleButton.class).fire();
            robot.lookup("#create-name").queryAs(TextField.class).setText("Seafood and apparel");
            robot.lookup("#create-folder").queryAs(TextField.class).setText(folder.toString());
            robot.lookup("#create-passphrase").queryAs(PasswordField.class).setText(PASSPHRASE);
            robot.lookup("#create-repeat").queryAs(PasswordField.class).setText(PASSPHRASE);
            robot.lookup("#create-recovery").queryAs(CheckBox.class).setSelected(false);
            robot.lookup("#create-button").queryAs(Button.class).fire();
        });
        waitFor("#main-view");
        waitUntil(() -> !busy());
    }

    /** Pastes a path into the wizard's path field and adds it, as a user copying from a file manager would. */
    private void addByPath(Path file) {
        robot.interact(() -> Clipboard.getSystemClipboard()
                .setContent(Map.of(DataFormat.PLAIN_TEXT, file.toAbsolutePath().toString())));
        robot.clickOn("#import-wizard-path").push(KeyCode.SHORTCUT, KeyCode.V);
        robot.clickOn("#import-wizard-add-path");
    }

    /** From the mapping step: on to the check, skip rows with problems if there are any, import, and wait. */
    private void importThisFile() {
        robot.clickOn("#import-wizard-next");
        waitUntil(() -> visible("#import-wizard-check-step"));
        CheckBox skip = robot.lookup("#import-wizard-skip").queryAs(CheckBox.class);
        if (skip.isVisible()) {
            robot.interact(() -> skip.setSelected(true));
        }
        robot.clickOn("#import-wizard-next");
        waitUntil(() -> visible("#import-wizard-summary-rows") && !text("#import-wizard-summary-rows").isEmpty());
    }

    private boolean busy() {
        return robot.lookup("#busy-overlay").tryQuery().map(Node::isVisible).orElse(false)
                || robot.lookup("#import-wizard-working").tryQuery().map(Node::isVisible).orElse(false);
    }

    private boolean visible(String query) {
        return UiTestSupport.shown(robot, query);
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void waitFor(String query) {
        waitUntil(() -> robot.lookup(query).tryQuery().isPresent());
    }

    private void waitUntil(Callable<Boolean> condition) {
        UiTestSupport.waitUntil(condition, 60);
    }
}
