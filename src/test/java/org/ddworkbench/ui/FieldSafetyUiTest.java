package org.ddworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.ui.UiTestSupport.text;
import static org.ddworkbench.ui.UiTestSupport.waitFor;
import static org.ddworkbench.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.ddworkbench.App;
import org.ddworkbench.check.CheckService.FindingQuery;
import org.ddworkbench.model.ActivityEntry;
import org.ddworkbench.sample.SampleProject;
import org.ddworkbench.store.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The field-safety features through the real window, headless: a recovery code made with a new project opens
 * it again after the passphrase is "forgotten", and a backup made from the Project menu is restored from the
 * start screen into a new folder with the same content.
 */
class FieldSafetyUiTest {
    private static final String PASSPHRASE = "lantern river 42";
    private static final String NEW_PASSPHRASE = "harbour kite 77";

    private final FxRobot robot = UiTestSupport.robot();
    private final ScriptedFileChoosers choosers = new ScriptedFileChoosers();
    @TempDir
    Path base;
    private Stage stage;

    @AfterEach
    void closeWindow() throws Exception {
        if (stage != null) {
            UiTestSupport.closeWindow(stage);
        }
    }

    @Test
    void theRecoveryCodeMadeAtCreationSetsANewPassphraseFromTheStartScreen() throws Exception {
        App app = CheckedSample.app(base.resolve("home"));
        stage = show(app);
        Path folder = base.resolve("projects").resolve("fishing-port");
        robot.interact(() -> {
            robot.lookup("#mode-create").queryAs(ToggleButton.class).fire();
            robot.lookup("#create-name").queryAs(TextField.class).setText("Fishing port visits");
            robot.lookup("#create-folder").queryAs(TextField.class).setText(folder.toString());
            robot.lookup("#create-passphrase").queryAs(PasswordField.class).setText(PASSPHRASE);
            robot.lookup("#create-repeat").queryAs(PasswordField.class).setText(PASSPHRASE);
        });
        assertThat(robot.lookup("#create-recovery").queryAs(CheckBox.class).isSelected())
                .as("a recovery code is made unless the user declines").isTrue();
        robot.clickOn("#create-button");

        waitFor(robot, "#recovery-code-dialog");
        String code = robot.lookup("#recovery-code-text").queryAs(TextField.class).getText();
        assertThat(code).matches("[A-Z2-7]{4}(-[A-Z2-7]{4})+");
        Path saved = base.resolve("usb-stick").resolve("fishing-port-recovery-code.txt");
        Files.createDirectories(saved.getParent());
        choosers.then(saved);
        robot.clickOn("#recovery-code-save");
        waitUntil(() -> text(robot, "#recovery-code-outcome").startsWith("Saved to"));
        assertThat(Files.readString(saved)).contains(code, "Fishing port visits");
        robot.clickOn("#recovery-code-close");
        waitFor(robot, "#main-view");
        assertThat(app.home()).isDirectoryNotContaining(file -> contains(file, code));

        robot.interact(() -> robot.lookup("#close-project").queryAs(Button.class).fire());
        waitFor(robot, "#start-view");
        robot.interact(() -> robot.lookup("#open-folder").queryAs(TextField.class).setText(folder.toString()));
        robot.clickOn("#open-forgot");
        waitFor(robot, "#recover-dialog");
        robot.interact(() -> {
            robot.lookup("#change-current").queryAs(PasswordField.class).setText(code.toLowerCase());
            robot.lookup("#change-new").queryAs(PasswordField.class).setText(NEW_PASSPHRASE);
            robot.lookup("#change-repeat").queryAs(PasswordField.class).setText(NEW_PASSPHRASE);
        });
        robot.clickOn("#change-confirm");

        waitFor(robot, "#information-dialog");
        assertThat(robot.lookup("#information-dialog").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("New passphrase set");
        waitFor(robot, "#main-view");
        assertThat(text(robot, "#header-project")).isEqualTo("Fishing port visits");
        robot.interact(() -> ((Button) robot.lookup("#information-dialog").queryAs(DialogPane.class)
                .lookupButton(ButtonType.OK)).fire());
        UiTestSupport.closeWindow(stage);
        stage = null;
        try (Project reopened = app.projects().open(folder, NEW_PASSPHRASE.toCharArray())) {
            assertThat(reopened.activityLog().verify().intact()).isTrue();
            assertThat(reopened.activityLog().entries().toString()).doesNotContain(code);
        }
    }

    @Test
    void aBackupFromTheProjectMenuRestoresFromTheStartScreenIntoANewFolder() throws Exception {
        App app = CheckedSample.app(base.resolve("home"));
        Path folder = CheckedSample.build(app, base.resolve("sample"));
        stage = show(app);
        robot.interact(() -> {
            robot.lookup("#open-folder").queryAs(TextField.class).setText(folder.toString());
            robot.lookup("#open-passphrase").queryAs(PasswordField.class).setText(SampleProject.PASSPHRASE);
            robot.lookup("#open-button").queryAs(Button.class).fire();
        });
        waitFor(robot, "#main-view");
        CheckedSample.settle(robot);
        int suppliers = supplierCount();

        Path backup = base.resolve("backups").resolve("sample.ddwbackup");
        Files.createDirectories(backup.getParent());
        choosers.then(backup);
        robot.clickOn("#menu-project");
        robot.clickOn("#menu-backup");
        waitFor(robot, "#information-dialog");
        DialogPane written = robot.lookup("#information-dialog").queryAs(DialogPane.class);
        assertThat(written.getHeaderText()).isEqualTo("Backup written");
        assertThat(written.getContentText()).contains(backup.toString());
        robot.interact(() -> ((Button) written.lookupButton(ButtonType.OK)).fire());
        assertThat(backup).isRegularFile();

        robot.interact(() -> robot.lookup("#close-project").queryAs(Button.class).fire());
        waitFor(robot, "#start-view");
        Path restored = base.resolve("restored");
        choosers.then(backup).then(restored);
        robot.clickOn("#open-restore");
        waitFor(robot, "#passphrase-prompt-dialog");
        robot.interact(() -> robot.lookup("#prompt-passphrase").queryAs(PasswordField.class)
                .setText(SampleProject.PASSPHRASE));
        robot.clickOn("#prompt-confirm");

        waitFor(robot, "#main-view");
        CheckedSample.settle(robot);
        assertThat(text(robot, "#overview-folder")).isEqualTo(restored.toAbsolutePath().toString());
        assertThat(supplierCount()).isEqualTo(suppliers);
        UiTestSupport.closeWindow(stage);
        stage = null;
        try (Project original = app.projects().open(folder, SampleProject.PASSPHRASE.toCharArray());
                Project copy = app.projects().open(restored, SampleProject.PASSPHRASE.toCharArray())) {
            assertThat(copy.activityLog().verify().intact()).isTrue();
            assertThat(copy.activityLog().entries()).extracting(ActivityEntry::action).contains("project.restored");
            assertThat(app.checks().findings(copy, FindingQuery.ALL))
                    .isEqualTo(app.checks().findings(original, FindingQuery.ALL)).isNotEmpty();
            assertThat(app.imports().imports(copy)).isEqualTo(app.imports().imports(original));
        }
    }

    private int supplierCount() {
        robot.interact(() -> robot.lookup("#nav-suppliers").queryAs(ToggleButton.class).fire());
        waitFor(robot, "#suppliers-view");
        CheckedSample.settle(robot);
        TableView<?> table = robot.lookup("#suppliers-table").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        return table.getItems().size();
    }

    private Stage show(App app) throws Exception {
        FxToolkit.registerPrimaryStage();
        Stage shown = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> {
            new MainWindow(app, shown, (title, message) -> { }, choosers).show();
            shown.setWidth(1280);
            shown.setHeight(800);
        });
        waitFor(robot, "#start-view");
        return shown;
    }

    private static boolean contains(Path file, String code) {
        try {
            return Files.isRegularFile(file) && Files.readString(file).contains(code);
        } catch (java.io.IOException | java.io.UncheckedIOException unreadable) {
            return false;
        }
    }
}
