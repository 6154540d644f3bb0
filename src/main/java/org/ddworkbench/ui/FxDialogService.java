package org.ddworkbench.ui;

import static org.ddworkbench.ui.I18n.tr;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser.ExtensionFilter;
import javafx.stage.Window;

/**
 * The JavaFX dialogs of the window: alerts for failures and information, the passphrase prompts, and files
 * through {@link FileChoosers}.
 */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final PassphraseCheck passphraseCheck;
    private final FileChoosers choosers;

    public FxDialogService(Window owner, PassphraseCheck passphraseCheck, FileChoosers choosers) {
        this.owner = owner;
        this.passphraseCheck = passphraseCheck;
        this.choosers = choosers;
    }

    @Override
    public void showFailure(String title, Throwable failure) {
        Failures.log(title, failure);
        show(alert(Alert.AlertType.ERROR, "failure-dialog", title, Failures.userMessage(failure)));
    }

    @Override
    public void showInformation(String title, String message) {
        show(alert(Alert.AlertType.INFORMATION, "information-dialog", title, message));
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initial) {
        return choosers.folder(title, initial);
    }

    @Override
    public Optional<Path> chooseFile(String title, String filterDescription, String extension) {
        return choosers.openFile(title, List.of(new ExtensionFilter(filterDescription, "*" + extension),
                new ExtensionFilter(tr("All files"), "*")));
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription,
            String extension) {
        return choosers.saveFile(title, suggestedName, new ExtensionFilter(filterDescription, "*" + extension));
    }

    @Override
    public Optional<char[]> askPassphrase(String title, String message) {
        return new PassphrasePromptDialog(owner, title, message).ask();
    }

    @Override
    public Optional<PassphraseChange> askPassphraseChange() {
        return ChangePassphraseDialog.change(owner, passphraseCheck).ask();
    }

    @Override
    public Optional<PassphraseChange> askRecovery() {
        return ChangePassphraseDialog.recover(owner, passphraseCheck).ask();
    }

    @Override
    public void showRecoveryCode(String projectName, String code) {
        new RecoveryCodeDialog(owner, choosers, projectName, code).show();
    }

    private Alert alert(Alert.AlertType type, String id, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(message);
        DialogPane pane = alert.getDialogPane();
        pane.setId(id);
        pane.setAccessibleText(title + ". " + message);
        pane.getStylesheets().add(Theme.stylesheet());
        pane.setMinHeight(Region.USE_PREF_SIZE);
        pane.setPrefWidth(520);
        return alert;
    }

    /** Shows without waiting, since failures arrive from background jobs whose callers need not block. */
    private static void show(Alert alert) {
        alert.show();
    }
}
