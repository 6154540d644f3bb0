package org.ddworkbench.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Measures cold start for the benchmark ({@code ddw bench all}): when the system property
 * {@value #PROPERTY} is {@code true}, prints the milliseconds from the JVM's start to the first pulse after the
 * window is shown plus one event handled after it (so the window is drawn and answers), then closes the window,
 * which ends the process.
 */
final class StartupProbe {
    static final String PROPERTY = "ddw.startupProbe";
    /** The line the benchmark reads: this prefix, then the milliseconds. */
    static final String LINE_PREFIX = "ddw startup ms: ";

    private StartupProbe() {
    }

    /** Arms the probe on {@code stage} when the property asks for it; does nothing otherwise. */
    static void attachIfAsked(Stage stage) {
        Scene scene = stage.getScene();
        if (!Boolean.getBoolean(PROPERTY) || scene == null) {
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (stage.isShowing()) {
                scene.removePostLayoutPulseListener(listener[0]);
                // Queued behind the pulse: it runs once the toolkit thread is free to handle input.
                Platform.runLater(() -> {
                    long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println(LINE_PREFIX + millis);
                    System.out.flush();
                    stage.hide();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
