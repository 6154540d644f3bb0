package org.ddworkbench.ui.imports;

import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.passwordField;
import static org.ddworkbench.ui.I18n.tr;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser.ExtensionFilter;
import javafx.stage.Window;
import org.ddworkbench.ui.FileChoosers;
import org.ddworkbench.ui.Theme;

/** The JavaFX dialogs of the import screens, shown over whichever window of the application has the focus. */
public final class FxImportDialogs implements ImportDialogs {
    private final Window mainWindow;
    private final FileChoosers choosers;

    public FxImportDialogs(Window mainWindow, FileChoosers choosers) {
        this.mainWindow = mainWindow;
        this.choosers = choosers;
    }

    @Override
    public List<Path> chooseImportFiles(String title) {
        return choosers.openFiles(title, List.of(
                new ExtensionFilter(tr("Spreadsheets (XLSX, XLS, CSV)"), "*.xlsx", "*.xls", "*.csv"),
                new ExtensionFilter(tr("Excel workbooks"), "*.xlsx", "*.xls"),
                new ExtensionFilter(tr("CSV files"), "*.csv"),
                new ExtensionFilter(tr("All files"), "*")));
    }

    @Override
    public Optional<char[]> askWorkbookPassword(String fileName, boolean again) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner());
        dialog.setTitle(tr("Workbook password"));
        dialog.setHeaderText(tr("{0} is protected by a password", fileName));
        DialogPane pane = styled(dialog.getDialogPane(), "workbook-password-dialog");
        ButtonType open = new ButtonType(tr("Open workbook"), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().addAll(open, ButtonType.CANCEL);
        PasswordField field = passwordField("workbook-password", tr("Workbook password"));
        Label text = label("workbook-password-text", tr("Type the password the workbook was saved with. It is "
                + "used only to read this file and is not stored."));
        VBox content = new VBox(10, text, field);
        if (again) {
            content.getChildren().add(1, label("workbook-password-again",
                    tr("That password did not open the workbook. Try again."), "feedback-error"));
        }
        content.setPrefWidth(420);
        pane.setContent(content);
        pane.lookupButton(open).setId("workbook-password-open");
        pane.lookupButton(open).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setResultConverter(button -> {
            char[] password = button == open ? field.getText().toCharArray() : null;
            field.clear();
            return password;
        });
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription,
            String extension) {
        return choosers.saveFile(title, suggestedName, new ExtensionFilter(filterDescription, "*" + extension));
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, ButtonType.CANCEL);
        alert.initOwner(owner());
        alert.setTitle(title);
        alert.setHeaderText(title);
        DialogPane pane = styled(alert.getDialogPane(), "confirm-dialog");
        pane.setAccessibleText(title + ". " + message);
        pane.lookupButton(yes).setId("confirm-yes");
        pane.lookupButton(ButtonType.CANCEL).setId("confirm-cancel");
        // A consequential action is not taken by pressing Enter without looking.
        ((Button) pane.lookupButton(yes)).setDefaultButton(false);
        ((Button) pane.lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    private static DialogPane styled(DialogPane pane, String id) {
        pane.setId(id);
        pane.getStylesheets().add(Theme.stylesheet());
        pane.setMinHeight(Region.USE_PREF_SIZE);
        pane.setPrefWidth(520);
        return pane;
    }

    /** The focused window of the application (the wizard, when it is open), else the main window. */
    private Window owner() {
        return Window.getWindows().stream().filter(Window::isShowing).filter(Window::isFocused)
                .findFirst().orElse(mainWindow);
    }
}
