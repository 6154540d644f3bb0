package org.ddworkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.ddworkbench.App;

/**
 * Starts the JavaFX toolkit without an {@code Application} subclass (so the shaded jar runs as is), shows
 * the window and blocks until it closes.
 */
public final class DesktopLauncher {
    private static final Logger LOG = Logger.getLogger(DesktopLauncher.class.getName());

    private DesktopLauncher() {
    }

    /**
     * Starts the JavaFX toolkit and shows the start screen; when {@code project} is given, opens it with
     * {@code passphrase} straight away (used for the public sample project), or asks for the passphrase
     * when {@code passphrase} is null. Returns when the window has closed.
     */
    public static void launch(App app, Path project, char[] passphrase) {
        launch(app, window -> {
            if (project == null) {
                window.show();
            } else {
                window.show(project, passphrase);
            }
        });
    }

    /** Starts the window on the Federation screen with the given aggregate packets read in. */
    public static void launchWithPackets(App app, List<Path> packets) {
        launch(app, window -> window.showPackets(packets));
    }

    private static void launch(App app, Consumer<MainWindow> opening) {
        CountDownLatch closed = new CountDownLatch(1);
        Runnable showWindow = () -> {
            try {
                Stage stage = new Stage();
                stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> closed.countDown());
                opening.accept(new MainWindow(app, stage));
                StartupProbe.attachIfAsked(stage);
            } catch (RuntimeException failure) {
                LOG.log(Level.SEVERE, "The window could not be shown", failure);
                closed.countDown();
            }
        };
        boolean startedHere = true;
        try {
            Platform.startup(showWindow);
        } catch (IllegalStateException alreadyRunning) {
            startedHere = false;
            Platform.runLater(showWindow);
        } catch (UnsupportedOperationException noDisplay) {
            // Typically a machine without a graphical display; the message names the cause.
            LOG.severe(() -> "The window could not be started (" + noDisplay.getMessage()
                    + "). The command line still works: run with --help.");
            return;
        }
        try {
            closed.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        if (startedHere) {
            Platform.exit();
        }
    }
}
