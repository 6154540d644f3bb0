package org.ddworkbench.ui;

import static org.ddworkbench.ui.Controls.button;
import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.named;
import static org.ddworkbench.ui.I18n.tr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser.ExtensionFilter;
import javafx.stage.Window;

/**
 * Shows a new recovery code once, so the user can write it down, copy it or save it to a file of their
 * choosing (a USB stick, say, to print and lock away); the workbench itself keeps it nowhere in plain text.
 */
final class RecoveryCodeDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Label outcome = label("recovery-code-outcome", "", "hint");

    RecoveryCodeDialog(Window owner, FileChoosers choosers, String projectName, String code) {
        dialog.initOwner(owner);
        dialog.setTitle(tr("Recovery code"));
        dialog.setHeaderText(tr("Recovery code for {0}", projectName));
        dialog.getDialogPane().setId("recovery-code-dialog");
        dialog.getDialogPane().getStylesheets().add(Theme.stylesheet());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(ButtonType.CLOSE).setId("recovery-code-close");

        Label text = label("recovery-code-message", tr("This code opens the project if its passphrase is "
                + "forgotten. Write it down or save it, and keep it offline, away from this laptop: it is shown "
                + "only now. Making a new code stops this one from working."));
        text.setMaxWidth(460);
        TextField shown = named(new TextField(code), "recovery-code-text", tr("Recovery code"));
        shown.setEditable(false);
        shown.getStyleClass().add("recovery-code");
        Button copy = button("recovery-code-copy", tr("Copy"));
        copy.setOnAction(event -> {
            Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, code));
            outcome.setText(tr("Copied. Paste it somewhere safe, then clear the clipboard."));
        });
        Button save = button("recovery-code-save", tr("Save to a file…"));
        save.setOnAction(event -> choosers.saveFile(tr("Save the recovery code"),
                FileNames.forProject(projectName) + "-recovery-code.txt",
                new ExtensionFilter(tr("Text files"), "*.txt")).ifPresent(file -> save(file, projectName, code)));
        dialog.getDialogPane().setContent(new VBox(12, text, shown, new HBox(10, copy, save), outcome));
    }

    void show() {
        dialog.show();
    }

    private void save(Path file, String projectName, String code) {
        String content = tr("Diligence Workbench recovery code") + "\n" + tr("Project: {0}", projectName) + "\n"
                + tr("Made on: {0}", LocalFormats.date(LocalDate.now())) + "\n\n" + code + "\n\n"
                + tr("Use it with “Forgot the passphrase?” on the start screen, or: ddw recover FOLDER") + "\n";
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
            outcome.setText(tr("Saved to {0}.", file.toAbsolutePath().toString()));
        } catch (IOException failure) {
            outcome.setText(tr("Could not save to {0}: {1}", file.toAbsolutePath().toString(),
                    Failures.userMessage(failure)));
        }
    }
}
