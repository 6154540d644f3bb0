package org.ddworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.ui.UiTestSupport.waitFor;
import static org.ddworkbench.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.ddworkbench.App;
import org.ddworkbench.sample.SampleProject;
import org.ddworkbench.ui.findings.FindingRow;
import org.ddworkbench.ui.suppliers.SupplierRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real window headless over the checked sample: locking leaves no data in the scene and closes the
 * store, the passphrase unlocks it at the same screen, and the dark theme applies and is remembered.
 */
class LockUiTest {
    @TempDir
    static Path base;
    private static App app;
    private static Path folder;

    private final FxRobot robot = UiTestSupport.robot();
    private final List<String> notices = new ArrayList<>();
    private Stage stage;

    @BeforeAll
    static void checkedSample() throws Exception {
        app = CheckedSample.app(base.resolve("home"));
        folder = CheckedSample.build(app, base.resolve("sample"));
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (stage != null) {
            UiTestSupport.closeWindow(stage);
        }
        WaitForAsyncUtils.asyncFx(() -> Theme.useDark(false)).get();
    }

    @Test
    void lockingHidesTheDataAndThePassphraseBringsBackTheSameScreen() throws Exception {
        open();
        robot.interact(() -> robot.lookup("#nav-suppliers").queryAs(ToggleButton.class).fire());
        TableView<SupplierRow> suppliers = robot.lookup("#suppliers-table").queryTableView();
        waitUntil(() -> !suppliers.getItems().isEmpty());
        String supplier = suppliers.getItems().get(0).supplier().name();
        assertThat(texts(stage.getScene().getRoot())).anyMatch(text -> text.contains(supplier));

        fireMenu("menu-lock");
        waitFor(robot, "#lock-screen");
        CheckedSample.settle(robot);

        assertThat(robot.lookup("#main-view").tryQuery()).isEmpty();
        assertThat(texts(stage.getScene().getRoot())).noneMatch(text -> text.contains(supplier))
                .contains(SampleProject.NAME);
        shoot("locked");
        // The store was closed: another open of the folder gets its lock.
        app.projects().open(folder, SampleProject.PASSPHRASE.toCharArray()).close();

        unlockWith("not the passphrase");
        assertThat(UiTestSupport.text(robot, "#lock-problem")).contains("not right");
        assertThat(robot.lookup("#main-view").tryQuery()).isEmpty();

        unlockWith(SampleProject.PASSPHRASE);
        waitFor(robot, "#main-view");
        CheckedSample.settle(robot);
        assertThat(robot.lookup("#nav-suppliers").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#suppliers-view").tryQuery()).isPresent();
    }

    @Test
    void theDarkThemeAppliesToTheWindowAndIsRemembered() throws Exception {
        open();
        robot.interact(() -> robot.lookup("#nav-findings").queryAs(ToggleButton.class).fire());
        TableView<FindingRow> findings = robot.lookup("#findings-table").queryTableView();
        waitUntil(() -> !findings.getItems().isEmpty());
        robot.interact(() -> findings.getSelectionModel().select(0));

        robot.interact(() -> ((CheckMenuItem) menuItem("menu-dark-theme")).setSelected(true));
        CheckedSample.settle(robot);

        assertThat(stage.getScene().getRoot().getStyleClass()).contains(Theme.DARK_CLASS);
        assertThat(stage.getScene().getStylesheets()).singleElement().asString().endsWith("dark.css");
        assertThat(new UserSettings(app.home().resolve("settings.json")).load().dark()).isTrue();
        shoot("findings-dark");
        robot.interact(() -> robot.lookup("#nav-project").queryAs(ToggleButton.class).fire());
        CheckedSample.settle(robot);
        shoot("project-dark");

        UiTestSupport.closeWindow(stage);
        WaitForAsyncUtils.asyncFx(() -> Theme.useDark(false)).get();
        open();
        assertThat(stage.getScene().getStylesheets()).singleElement().asString().endsWith("dark.css");
        assertThat(Theme.isDark()).isTrue();
    }

    private void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> {
            new MainWindow(app, stage, (title, text) -> notices.add(text), new ScriptedFileChoosers())
                    .show(folder, SampleProject.PASSPHRASE.toCharArray());
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        waitFor(robot, "#main-view");
        CheckedSample.settle(robot);
    }

    private void unlockWith(String passphrase) {
        robot.interact(() -> {
            robot.lookup("#lock-passphrase").queryAs(PasswordField.class).setText(passphrase);
            robot.lookup("#lock-unlock").queryAs(Button.class).fire();
        });
        CheckedSample.settle(robot);
    }

    private void fireMenu(String id) {
        robot.interact(() -> menuItem(id).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    /** Every text the scene graph holds, in labels, text nodes and fields, skins included. */
    private static Set<String> texts(Node node) {
        Set<String> found = new java.util.HashSet<>();
        collect(node, found);
        return found.stream().filter(text -> text != null && !text.isBlank()).collect(Collectors.toSet());
    }

    private static void collect(Node node, Set<String> found) {
        if (node instanceof Labeled labeled) {
            found.add(labeled.getText());
        } else if (node instanceof Text text) {
            found.add(text.getText());
        } else if (node instanceof TextInputControl input) {
            found.add(input.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }

    private void shoot(String name) throws Exception {
        WritableImage picture = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        ScreenshotTest.writePng(picture, UiTestSupport.screenshotsDir().resolve(name + ".png"));
    }
}
