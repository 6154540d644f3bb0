package org.ddworkbench.ui.lock;

import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.passwordField;
import static org.ddworkbench.ui.Controls.primaryButton;
import static org.ddworkbench.ui.I18n.tr;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ddworkbench.ui.Theme;

/** The window's content while a project is locked: the project's name, a passphrase field and nothing else. */
public final class LockView {
    private static final double CARD_WIDTH = 420;

    private final StackPane root = new StackPane();
    private final PasswordField passphrase;

    public LockView(LockViewModel model) {
        root.setId("lock-screen");
        root.getStyleClass().add("lock-screen");
        Label title = label("lock-title", tr("Locked"), "title");
        Label name = label("lock-project", model.projectName(), "section-title");
        Label hint = label("lock-hint",
                tr("This project was locked to keep its data private. Type its passphrase to carry on."), "muted");
        passphrase = passwordField("lock-passphrase", tr("Passphrase"));
        passphrase.setPromptText(tr("Passphrase"));
        passphrase.textProperty().bindBidirectional(model.passphraseProperty());
        Label problem = label("lock-problem", "", "feedback-error");
        problem.textProperty().bind(model.problemProperty());
        Button unlock = primaryButton("lock-unlock", tr("Unlock"));
        unlock.setDefaultButton(true);
        unlock.disableProperty().bind(model.busyProperty());
        unlock.setOnAction(event -> model.unlock());
        passphrase.setOnAction(event -> model.unlock());
        VBox card = new VBox(Theme.iconView(48), title, name, hint, passphrase, problem, unlock);
        card.getStyleClass().addAll("card", "lock-card");
        card.setAlignment(Pos.CENTER_LEFT);
        card.setMaxSize(CARD_WIDTH, Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        root.setAlignment(Pos.CENTER);
    }

    public Node root() {
        return root;
    }

    /** Puts the cursor in the passphrase field once the view is in a scene. */
    public void focus() {
        Platform.runLater(passphrase::requestFocus);
    }
}
