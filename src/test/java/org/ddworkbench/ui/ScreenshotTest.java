package org.ddworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.ui.UiTestSupport.text;
import static org.ddworkbench.ui.UiTestSupport.waitFor;
import static org.ddworkbench.ui.UiTestSupport.waitUntil;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ddworkbench.App;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.store.H2ProjectService;
import org.ddworkbench.ui.pack.MetricRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders each screen headless and writes it as a PNG to {@code ddw.screenshots.dir} (default
 * {@code target/screenshots}), at the default size and at the smallest supported one, so a person can look.
 */
class ScreenshotTest {
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
    void everyScreenRendersWithContent() throws Exception {
        Path projects = home.resolve("projects");
        // Paths as a user would have them, for readable pictures; they are only shown, never opened.
        Path shown = Path.of("/home/auditor/Projects");
        RecentProjects recent = new RecentProjects(home.resolve("recent-projects.json"));
        recent.remember(shown.resolve("footwear-vietnam-2024"));
        recent.remember(shown.resolve("seafood-thailand-q3"));
        PackReader reader = new JsonPackReader();
        stage = UiTestSupport.showWindow(new App(home, reader, new H2ProjectService(reader, 1_000)), 1280, 800);

        shoot("start-open");
        robot.interact(() -> {
            robot.lookup("#mode-create").queryAs(ToggleButton.class).fire();
            robot.lookup("#create-name").queryAs(TextField.class).setText("Apparel suppliers 2025");
            robot.lookup("#create-folder").queryAs(TextField.class).setText(
                    shown.resolve("apparel-2025").toString());
            robot.lookup("#create-passphrase").queryAs(PasswordField.class).setText("lantern river 42");
            robot.lookup("#create-repeat").queryAs(PasswordField.class).setText("lantern river 42");
        });
        shoot("start-create");

        robot.interact(() -> {
            robot.lookup("#create-folder").queryAs(TextField.class).setText(projects.resolve("apparel-2025").toString());
            robot.lookup("#create-button").queryAs(Button.class).fire();
        });
        // The recovery code made with the project (logged as the second entry), pictured and closed.
        waitFor(robot, "#recovery-code-dialog");
        DialogPane recovery = robot.lookup("#recovery-code-dialog").queryAs(DialogPane.class);
        assertThat(UiTestSupport.unnamedControls(recovery.getContent())).isEmpty();
        writePng(WaitForAsyncUtils.asyncFx(() -> recovery.getScene().snapshot(null)).get(),
                out.resolve("recovery-code.png"));
        robot.interact(() -> ((Button) recovery.lookupButton(ButtonType.CLOSE)).fire());
        waitFor(robot, "#main-view");
        waitUntil(() -> text(robot, "#overview-chain").startsWith("Activity log"));
        shoot("project-overview");
        changePassphraseThroughTheMenu();

        robot.interact(() -> robot.lookup("#nav-pack").queryAs(ToggleButton.class).fire());
        waitFor(robot, "#pack-view");
        TableView<?> metrics = robot.lookup("#pack-metrics").queryAs(TableView.class);
        // A metric with a cited threshold and Latin-script synonyms: the build machine may lack Thai fonts.
        robot.interact(() -> {
            for (int i = 0; i < metrics.getItems().size(); i++) {
                MetricRow row = (MetricRow) metrics.getItems().get(i);
                boolean cited = row.metric().thresholds().stream().anyMatch(t -> t.source() != null);
                boolean latin = row.metric().synonyms().stream().allMatch(w -> w.chars().allMatch(c -> c < 0x250));
                if (cited && latin) {
                    metrics.getSelectionModel().select(i);
                    metrics.scrollTo(Math.max(0, i - 3));
                    break;
                }
            }
        });
        shoot("metric-pack");
        TabPane tabs = robot.lookup("#pack-tabs").queryAs(TabPane.class);
        for (int tab = 1; tab < tabs.getTabs().size(); tab++) {
            int index = tab;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            shoot("metric-pack-" + tabs.getTabs().get(index).getId().substring("pack-tab-".length()));
        }
        robot.interact(() -> tabs.getSelectionModel().select(0));

        robot.interact(() -> robot.lookup("#nav-activity").queryAs(ToggleButton.class).fire());
        waitFor(robot, "#activity-view");
        shoot("activity");

        // The smallest supported size last: Monocle trips over a window that grows again after shrinking.
        resize(1024, 700);
        robot.interact(() -> robot.lookup("#nav-pack").queryAs(ToggleButton.class).fire());
        shoot("metric-pack-1024");
        robot.interact(() -> robot.lookup("#close-project").queryAs(Button.class).fire());
        waitFor(robot, "#start-view");
        robot.interact(() -> robot.lookup("#mode-create").queryAs(ToggleButton.class).fire());
        shoot("start-create-1024");

        for (String name : List.of("start-open", "start-create", "project-overview", "metric-pack", "activity")) {
            BufferedImage image = ImageIO.read(out.resolve(name + ".png").toFile());
            assertThat(image.getWidth()).as(name).isEqualTo(1280);
            assertThat(distinctColours(image)).as(name + " has visible content").isGreaterThan(50);
        }
    }

    /** Opens the dialog from the Project menu, pictures it, and re-keys the project through it. */
    private void changePassphraseThroughTheMenu() throws Exception {
        robot.clickOn("#menu-project");
        robot.clickOn("Change passphrase…");
        waitFor(robot, "#change-passphrase-dialog");
        DialogPane dialog = robot.lookup("#change-passphrase-dialog").queryAs(DialogPane.class);
        robot.interact(() -> {
            robot.lookup("#change-current").queryAs(PasswordField.class).setText("lantern river 42");
            robot.lookup("#change-new").queryAs(PasswordField.class).setText("harbour kite 7");
            robot.lookup("#change-repeat").queryAs(PasswordField.class).setText("harbour kite 7");
        });
        assertThat(UiTestSupport.unnamedControls(dialog.getContent())).isEmpty();
        WritableImage picture = WaitForAsyncUtils.asyncFx(() -> dialog.getScene().snapshot(null)).get();
        writePng(picture, out.resolve("change-passphrase.png"));
        robot.interact(() -> ((Button) dialog.lookupButton(dialog.getButtonTypes().get(0))).fire());

        waitFor(robot, "#information-dialog");
        DialogPane done = robot.lookup("#information-dialog").queryAs(DialogPane.class);
        assertThat(done.getHeaderText()).isEqualTo("Passphrase changed");
        robot.interact(() -> ((Button) done.lookupButton(ButtonType.OK)).fire());
        waitUntil(() -> text(robot, "#overview-chain").contains("3 entries"));
    }

    private void resize(double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shoot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(UiTestSupport.unnamedControls(stage.getScene().getRoot()))
                .as("controls without id or accessible text on " + name).isEmpty();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        writePng(image, out.resolve(name + ".png"));
    }

    /** Copies the pixels into an AWT image, since javafx-swing (SwingFXUtils) is not on the class path. */
    static void writePng(WritableImage image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        buffered.setRGB(0, 0, width, height, pixels, 0, width);
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(buffered, "png", file.toFile());
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
