package org.ddworkbench.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.ddworkbench.App;
import org.ddworkbench.check.CheckService.CheckOptions;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.sample.SampleProject;
import org.ddworkbench.store.H2ProjectService;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The generated sample project with every input imported and the cross-checks run by the real services, opened
 * in the real window, for robot tests of the finding screens.
 */
final class CheckedSample {
    private CheckedSample() {
    }

    /** An application with the real services and a fast key derivation, its home in {@code home}. */
    static App app(Path home) {
        PackReader reader = new JsonPackReader();
        return new App(home, reader, new H2ProjectService(reader, 1_000));
    }

    /** Builds the sample under {@code base} (imported and checked); returns the project folder. */
    static Path build(App app, Path base) throws ProblemException {
        return new SampleProject(app.projects(), app.packReader(), app.imports(), app.checks())
                .ensure(base, ProgressListener.NONE, new CancellationToken());
    }

    /** Shows a fresh window that opens {@code folder} straight away, and waits until it has read it. */
    static Stage open(App app, Path folder, FxRobot robot) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Stage stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> {
            new MainWindow(app, stage).show(folder, SampleProject.PASSPHRASE.toCharArray());
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        UiTestSupport.waitFor(robot, "#main-view");
        UiTestSupport.waitUntil(() -> !busy(robot));
        return stage;
    }

    static boolean busy(FxRobot robot) {
        return robot.lookup("#busy-overlay").tryQuery().map(Node::isVisible).orElse(false);
    }

    static void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        UiTestSupport.waitUntil(() -> !busy(robot));
    }
}
