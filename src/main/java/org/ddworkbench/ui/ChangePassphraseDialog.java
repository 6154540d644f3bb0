package org.ddworkbench.ui;

import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.passwordField;
import static org.ddworkbench.ui.I18n.tr;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks for what unlocks the project now (its current passphrase, or its recovery code when the passphrase is
 * forgotten) and a new passphrase typed twice, with the policy and live feedback; wipes its fields.
 */
final class ChangePassphraseDialog {
    private final Dialog<PassphraseChange> dialog = new Dialog<>();
    private final PasswordField current;
    private final PasswordField next = passwordField("change-new", tr("New passphrase"));
    private final PasswordField repeat = passwordField("change-repeat", tr("Repeat the new passphrase"));

    /** Re-keys an open project: the current passphrase, then the new one. */
    static ChangePassphraseDialog change(Window owner, PassphraseCheck check) {
        return new ChangePassphraseDialog(owner, check, "change-passphrase-dialog", tr("Change passphrase"),
                tr("Change the passphrase of this project"), tr("Current passphrase"), tr("Change passphrase"));
    }

    /** Sets a new passphrase on a closed project with its recovery code. */
    static ChangePassphraseDialog recover(Window owner, PassphraseCheck check) {
        return new ChangePassphraseDialog(owner, check, "recover-dialog", tr("Forgot the passphrase?"),
                tr("Type the project's recovery code and choose a new passphrase. The recovery code keeps working."),
                tr("Recovery code"), tr("Set the new passphrase"));
    }

    private ChangePassphraseDialog(Window owner, PassphraseCheck check, String id, String title, String header,
            String currentLabel, String confirmLabel) {
        current = passwordField("change-current", currentLabel);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getStylesheets().add(Theme.stylesheet());
        ButtonType change = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(change, ButtonType.CANCEL);

        StringBinding problem = Bindings.createStringBinding(
                () -> check.problem(next.getText(), repeat.getText()).orElse(""),
                next.textProperty(), repeat.textProperty());
        Label feedback = label("change-feedback", "");
        feedback.textProperty().bind(Bindings.when(next.textProperty().isEmpty()).then("")
                .otherwise(Bindings.when(problem.isEmpty()).then(tr("Strong enough, and both entries match."))
                        .otherwise(problem)));
        problem.addListener((observable, old, now) -> {
            feedback.getStyleClass().removeAll("feedback-ok", "feedback-error");
            feedback.getStyleClass().add(now.isEmpty() ? "feedback-ok" : "feedback-error");
        });

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, fieldLabel("change-current-label", currentLabel, current), current);
        grid.addRow(1, fieldLabel("change-new-label", tr("New passphrase"), next), next);
        grid.addRow(2, fieldLabel("change-repeat-label", tr("Repeat"), repeat), repeat);
        Label rule = label("change-rule", check.rule(), "hint");
        rule.setMaxWidth(360);
        grid.add(rule, 1, 3);
        grid.add(feedback, 1, 4);
        dialog.getDialogPane().setContent(grid);

        BooleanBinding incomplete = current.textProperty().isEmpty().or(problem.isNotEmpty());
        Node changeButton = dialog.getDialogPane().lookupButton(change);
        changeButton.setId("change-confirm");
        changeButton.disableProperty().bind(incomplete);

        dialog.setResultConverter(button -> {
            PassphraseChange result = button == change
                    ? new PassphraseChange(current.getText().toCharArray(), next.getText().toCharArray())
                    : null;
            current.clear();
            next.clear();
            repeat.clear();
            return result;
        });
    }

    Optional<PassphraseChange> ask() {
        return dialog.showAndWait();
    }

    private static Label fieldLabel(String id, String text, Node field) {
        Label label = label(id, text, "field-label");
        label.setWrapText(false);
        label.setLabelFor(field);
        return label;
    }
}
