package org.ddworkbench.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ddworkbench.App;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real window headless for robot tests, with a robot that moves and types without dawdling. */
final class UiTestSupport {
    static {
        // Read once when TestFX's robots are first loaded, so they must be set before the first FxRobot.
        System.setProperty("testfx.robot.move_max_count", "4");
        System.setProperty("testfx.robot.write_sleep", "0");
    }

    private UiTestSupport() {
    }

    static FxRobot robot() {
        return new FxRobot();
    }

    /** Shows a fresh window for {@code app} on a new stage and returns the stage. */
    static Stage showWindow(App app, double width, double height) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Stage stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> {
            new MainWindow(app, stage).show();
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return stage;
    }

    /** Hides the window, which closes any open project and releases its store. */
    static void closeWindow(Stage stage) throws TimeoutException {
        FxToolkit.setupFixture(stage::hide);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The controls under {@code root} that lack an id or an accessible text. Skins are not entered, since
     * their inner parts (scroll bars, cells, headers) belong to JavaFX; the content the application puts
     * into scroll panes, split panes and tabs is.
     */
    static List<String> unnamedControls(Node root) {
        List<String> unnamed = new ArrayList<>();
        collectUnnamed(root, unnamed);
        return unnamed;
    }

    private static void collectUnnamed(Node node, List<String> unnamed) {
        if (node instanceof Control control) {
            if (control.getId() == null || control.getAccessibleText() == null) {
                String text = control instanceof Labeled labeled ? " \"" + labeled.getText() + "\"" : "";
                unnamed.add(control.getClass().getSimpleName() + text + " id=" + control.getId());
            }
            if (control instanceof ScrollPane scroll && scroll.getContent() != null) {
                collectUnnamed(scroll.getContent(), unnamed);
            } else if (control instanceof SplitPane split) {
                split.getItems().forEach(item -> collectUnnamed(item, unnamed));
            } else if (control instanceof TabPane tabs) {
                tabs.getTabs().forEach(tab -> collectUnnamed(tab.getContent(), unnamed));
            }
            return;
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectUnnamed(child, unnamed));
        }
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    static void waitFor(FxRobot robot, String query) {
        waitUntil(() -> robot.lookup(query).tryQuery().isPresent());
    }

    static void waitUntil(Callable<Boolean> condition) {
        waitUntil(condition, 20);
    }

    /** Waits up to {@code seconds} for {@code condition}; a timeout names the dialog on screen, if one is. */
    static void waitUntil(Callable<Boolean> condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException timeout) {
            String dialog = Window.getWindows().stream().map(Window::getScene)
                    .filter(scene -> scene != null && scene.getRoot() instanceof DialogPane)
                    .map(scene -> (DialogPane) scene.getRoot())
                    .map(pane -> " A dialog showed: " + pane.getHeaderText() + ": " + pane.getContentText())
                    .findFirst().orElse("");
            throw new AssertionError("The window did not get there within " + seconds + " seconds." + dialog,
                    timeout);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether the node {@code query} finds is in a scene with itself and every parent visible. */
    static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> {
            for (Node current = node; current != null; current = current.getParent()) {
                if (!current.isVisible()) {
                    return false;
                }
            }
            return node.getScene() != null;
        }).orElse(false);
    }

    static Path screenshotsDir() {
        String explicit = System.getProperty("ddw.screenshots.dir");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String buildDir = System.getProperty("ddw.buildDir");
        return buildDir != null && !buildDir.isBlank()
                ? Path.of(buildDir, "screenshots") : Path.of("target", "screenshots");
    }
}
