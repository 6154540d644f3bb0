package org.ddworkbench.ui;

import static org.ddworkbench.ui.I18n.tr;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The JavaFX dialogs of the window: alerts for failures and information, file choosers, the passphrase change. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final PassphraseCheck passphraseCheck;

    public FxDialogService(Window owner, PassphraseCheck passphraseCheck) {
        this.owner = owner;
        this.passphraseCheck = passphraseCheck;
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
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        Path start = existingAncestor(initial);
        if (start != null) {
            chooser.setInitialDirectory(start.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFile(String title, String filterDescription, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(filterDescription, "*" + extension),
                new FileChooser.ExtensionFilter(tr("All files"), "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription,
            String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, "*" + extension));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<char[]> askPassphrase(String title, String message) {
        return new PassphrasePromptDialog(owner, title, message).ask();
    }

    @Override
    public Optional<PassphraseChange> askPassphraseChange() {
        return new ChangePassphraseDialog(owner, passphraseCheck).ask();
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

    private static Path existingAncestor(Path path) {
        for (Path current = path == null ? null : path.toAbsolutePath(); current != null;
                current = current.getParent()) {
            if (Files.isDirectory(current)) {
                return current;
            }
        }
        return null;
    }
}
