package org.ddworkbench.ui;

import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.passwordField;
import static org.ddworkbench.ui.I18n.tr;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for the project's current passphrase before a step that needs it; the field is wiped when it closes. */
final class PassphrasePromptDialog {
    private final Dialog<char[]> dialog = new Dialog<>();
    private final PasswordField field = passwordField("prompt-passphrase", tr("Passphrase"));

    PassphrasePromptDialog(Window owner, String title, String message) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setId("passphrase-prompt-dialog");
        dialog.getDialogPane().getStylesheets().add(Theme.stylesheet());
        ButtonType ok = new ButtonType(tr("Continue"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        Label text = label("prompt-message", message);
        text.setMaxWidth(420);
        Label fieldLabel = label("prompt-passphrase-label", tr("Passphrase"), "field-label");
        fieldLabel.setLabelFor(field);
        dialog.getDialogPane().setContent(new VBox(10, text, fieldLabel, field));
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("prompt-confirm");
        okButton.disableProperty().bind(field.textProperty().isEmpty());
        dialog.setResultConverter(button -> {
            char[] result = button == ok ? field.getText().toCharArray() : null;
            field.clear();
            return result;
        });
    }

    Optional<char[]> ask() {
        return dialog.showAndWait();
    }
}
