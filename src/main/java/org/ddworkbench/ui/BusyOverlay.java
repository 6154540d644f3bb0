package org.ddworkbench.ui;

import static org.ddworkbench.ui.Controls.button;
import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.named;
import static org.ddworkbench.ui.I18n.tr;

import javafx.animation.FadeTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * A veil over the window while a background job runs: its message, a progress bar and, when the job
 * allows it, a Cancel button. It blocks clicks so the same action cannot start twice.
 */
public final class BusyOverlay {
    private final StackPane veil = new StackPane();
    private final FadeTransition fadeIn = new FadeTransition(Duration.millis(180), veil);

    public BusyOverlay(BackgroundRunner runner) {
        Label message = label("busy-message", "", "busy-message");
        message.textProperty().bind(runner.messageProperty());
        ProgressBar bar = named(new ProgressBar(), "busy-progress", tr("Progress"));
        bar.progressProperty().bind(runner.progressProperty());
        bar.setPrefWidth(320);
        Button cancel = button("busy-cancel", tr("Cancel"));
        cancel.setOnAction(event -> runner.cancel());
        cancel.visibleProperty().bind(runner.cancellableProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());

        VBox card = new VBox(message, bar, cancel);
        card.getStyleClass().add("busy-card");
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);

        veil.getChildren().add(card);
        veil.getStyleClass().add("busy-veil");
        veil.setId("busy-overlay");
        veil.setAccessibleText(tr("Working, please wait"));
        veil.setVisible(false);
        // Short jobs finish before the fade shows anything, so quick reads do not flash the veil.
        fadeIn.setFromValue(0);
        fadeIn.setToValue(1);
        fadeIn.setDelay(Duration.millis(150));
        runner.runningProperty().addListener((observable, old, running) -> show(running));
    }

    public Node root() {
        return veil;
    }

    private void show(boolean running) {
        fadeIn.stop();
        veil.setVisible(running);
        if (running) {
            veil.setOpacity(0);
            fadeIn.playFromStart();
        }
    }
}
