package org.ddworkbench.ui.reports;

import static org.ddworkbench.ui.I18n.tr;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser.ExtensionFilter;
import javafx.stage.Window;
import org.ddworkbench.ui.FileChoosers;
import org.ddworkbench.ui.Theme;

/**
 * The JavaFX dialogs of the report screens: files for exports and packets through {@link FileChoosers}, and
 * confirmations.
 */
public final class FxReportDialogs implements ReportDialogs {
    private final Window owner;
    private final FileChoosers choosers;

    public FxReportDialogs(Window owner, FileChoosers choosers) {
        this.owner = owner;
        this.choosers = choosers;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription,
            String extension) {
        return choosers.saveFile(title, suggestedName, new ExtensionFilter(filterDescription, "*" + extension));
    }

    @Override
    public List<Path> choosePacketFiles(String title) {
        return choosers.openFiles(title, List.of(
                new ExtensionFilter(tr("Aggregate packets (JSON)"), "*.json", "*.ddwpacket"),
                new ExtensionFilter(tr("All files"), "*")));
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        DialogPane pane = alert.getDialogPane();
        pane.setId("report-confirm-dialog");
        pane.setAccessibleText(title + ". " + message);
        pane.getStylesheets().add(Theme.stylesheet());
        pane.setMinHeight(Region.USE_PREF_SIZE);
        pane.setPrefWidth(520);
        pane.lookupButton(yes).setId("report-confirm-yes");
        pane.lookupButton(ButtonType.CANCEL).setId("report-confirm-cancel");
        // Deleting is not done by pressing Enter without looking.
        ((Button) pane.lookupButton(yes)).setDefaultButton(false);
        ((Button) pane.lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }
}
