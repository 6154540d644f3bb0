package org.ddworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.ui.UiTestSupport.waitFor;
import static org.ddworkbench.ui.UiTestSupport.waitUntil;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ddworkbench.App;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.store.H2ProjectService;
import org.ddworkbench.ui.suppliers.SupplierRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures the import screens with real sample files, next to {@link ScreenshotTest}'s: each wizard step,
 * the Imports screen with its provenance, the undo confirmation, and the Suppliers screen with what each
 * file said. Fails on a control without id or accessible text.
 */
class ImportScreenshotTest {
    private static final Path INPUTS = Path.of("sample-projects", "thai-seafood-apparel", "inputs");

    private final FxRobot robot = UiTestSupport.robot();
    private final Path out = UiTestSupport.screenshotsDir();
    private Stage stage;

    @TempDir
    Path home;

    @AfterEach
    void closeWindow() throws Exception {
        if (stage != null) {
            UiTestSupport.closeWindow(stage);
        }
    }

    @Test
    void importScreensRenderWithContent() throws Exception {
        PackReader reader = new JsonPackReader();
        stage = UiTestSupport.showWindow(new App(home, reader, new H2ProjectService(reader, 1_000)), 1280, 800);
        robot.interact(() -> {
            robot.lookup("#mode-create").queryAs(ToggleButton.class).fire();
            robot.lookup("#create-name").queryAs(TextField.class).setText("Seafood and apparel 2025");
            robot.lookup("#create-folder").queryAs(TextField.class).setText(home.resolve("project").toString());
            robot.lookup("#create-passphrase").queryAs(PasswordField.class).setText("lantern river 42");
            robot.lookup("#create-repeat").queryAs(PasswordField.class).setText("lantern river 42");
            robot.lookup("#create-recovery").queryAs(CheckBox.class).setSelected(false);
            robot.lookup("#create-button").queryAs(Button.class).fire();
        });
        waitFor(robot, "#main-view");
        waitUntil(() -> !busy());

        robot.interact(() -> robot.lookup("#overview-import").queryAs(Button.class).fire());
        waitFor(robot, "#import-wizard");
        for (Path file : List.of(INPUTS.resolve("suppliers.csv"), INPUTS.resolve("worker-survey.xlsx"),
                INPUTS.resolve("saq").resolve("gulf-lantern-seafoods.xlsx"))) {
            robot.interact(() -> {
                robot.lookup("#import-wizard-path").queryAs(TextField.class).setText(file.toAbsolutePath().toString());
                robot.lookup("#import-wizard-add-path").queryAs(Button.class).fire();
            });
        }
        shootWizard("import-1-files");

        next();
        waitUntil(() -> present("#import-wizard-mapping-step") && !busy());
        importThisFile(false);

        next();
        waitUntil(() -> present("#import-wizard-mapping-step") && !busy());
        shootWizard("import-2-mapping");
        next();
        waitUntil(() -> present("#import-wizard-check-step"));
        shootWizard("import-3-check");
        importThisFile(true);
        shootWizard("import-5-summary");

        next();
        waitUntil(() -> present("#import-wizard-mapping-step") && !busy());
        importThisFile(false);
        robot.interact(() -> robot.lookup("#import-wizard-cancel").queryAs(Button.class).fire());
        waitUntil(() -> robot.lookup("#import-wizard").tryQuery().isEmpty());
        waitUntil(() -> !busy());

        robot.interact(() -> robot.lookup("#nav-imports").queryAs(ToggleButton.class).fire());
        waitFor(robot, "#imports-view");
        TableView<?> imports = robot.lookup("#imports-table").queryAs(TableView.class);
        waitUntil(() -> imports.getItems().size() == 3);
        robot.interact(() -> imports.getSelectionModel().select(1));
        shoot("imports");

        // A click, not fire(): the confirmation waits for an answer, which would block an interact() call.
        robot.clickOn("#imports-undo");
        waitFor(robot, "#confirm-dialog");
        DialogPane confirm = robot.lookup("#confirm-dialog").queryAs(DialogPane.class);
        writeScene(confirm.getScene(), "imports-undo-confirm");
        robot.interact(() -> ((Button) confirm.lookupButton(ButtonType.CANCEL)).fire());

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
        waitUntil(() -> !busy());
        shoot("suppliers");
        TabPane details = robot.lookup("#suppliers-details").queryAs(TabPane.class);
        robot.interact(() -> details.getSelectionModel().select(1));
        shoot("suppliers-matches");
        robot.interact(() -> details.getSelectionModel().select(0));

        // The smallest supported size last: Monocle trips over a window that grows again after shrinking.
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        shoot("suppliers-1024");
        robot.interact(() -> robot.lookup("#nav-imports").queryAs(ToggleButton.class).fire());
        waitUntil(() -> !busy());
        shoot("imports-1024");

        for (String name : List.of("import-1-files", "import-2-mapping", "import-3-check", "import-5-summary",
                "imports", "suppliers")) {
            BufferedImage image = ImageIO.read(out.resolve(name + ".png").toFile());
            assertThat(distinctColours(image)).as(name + " has visible content").isGreaterThan(50);
        }
    }

    private void next() {
        robot.interact(() -> robot.lookup("#import-wizard-next").queryAs(Button.class).fire());
    }

    /** From the mapping step: on to the check, skip rows with problems if there are any, and import. */
    private void importThisFile(boolean shootProgress) throws Exception {
        if (!present("#import-wizard-check-step")) {
            next();
            waitUntil(() -> present("#import-wizard-check-step"));
        }
        CheckBox skip = robot.lookup("#import-wizard-skip").queryAs(CheckBox.class);
        CheckBox replace = robot.lookup("#import-wizard-replace").queryAs(CheckBox.class);
        robot.interact(() -> {
            skip.setSelected(skip.isVisible());
            replace.setSelected(replace.isVisible());
        });
        next();
        if (shootProgress && present("#import-wizard-progress")) {
            shootWizard("import-4-progress");
        }
        waitUntil(() -> present("#import-wizard-summary-rows") && !busy());
    }

    private boolean busy() {
        return robot.lookup("#busy-overlay").tryQuery().map(Node::isVisible).orElse(false)
                || robot.lookup("#import-wizard-working").tryQuery().map(Node::isVisible).orElse(false);
    }

    private boolean present(String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    private void shootWizard(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = robot.lookup("#import-wizard").query().getScene();
        assertThat(UiTestSupport.unnamedControls(scene.getRoot()))
                .as("controls without id or accessible text on " + name).isEmpty();
        writeScene(scene, name);
    }

    private void shoot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(UiTestSupport.unnamedControls(stage.getScene().getRoot()))
                .as("controls without id or accessible text on " + name).isEmpty();
        writeScene(stage.getScene(), name);
    }

    private void writeScene(Scene scene, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        ScreenshotTest.writePng(image, out.resolve(name + ".png"));
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
