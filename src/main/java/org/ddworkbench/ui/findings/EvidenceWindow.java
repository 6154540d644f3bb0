package org.ddworkbench.ui.findings;

import static org.ddworkbench.ui.Controls.button;
import static org.ddworkbench.ui.Controls.column;
import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.named;
import static org.ddworkbench.ui.I18n.tr;

import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ddworkbench.ui.Theme;

/**
 * A window of its own listing the cells a finding rests on, down to file, SHA-256, sheet, row and column, so
 * the user can open exactly what it came from; it stays open beside the main window and shows the next
 * finding's evidence when asked again.
 */
final class EvidenceWindow {
    private static final double WIDTH = 1120;
    private static final double HEIGHT = 480;

    private final Stage stage = new Stage();
    private final Label heading = label("evidence-heading", "", "subsection-title");
    private final Label note = label("evidence-note", "", "muted");
    private final TableView<EvidenceLine> table = named(new TableView<>(), "evidence-table",
            tr("The cells this finding rests on"));

    EvidenceWindow(Window owner) {
        table.getColumns().add(column(tr("Cell"), 140, EvidenceLine::reference));
        table.getColumns().add(column(tr("File"), 240, EvidenceLine::file));
        table.getColumns().add(column(tr("SHA-256"), 110, EvidenceLine::sha256));
        table.getColumns().add(column(tr("Sheet"), 100, EvidenceLine::sheet));
        table.getColumns().add(column(tr("Row"), 50, EvidenceLine::row));
        table.getColumns().add(column(tr("Column"), 62, EvidenceLine::column));
        table.getColumns().add(column(tr("Metric"), 260, EvidenceLine::metric));
        table.getColumns().add(column(tr("Value"), 100, EvidenceLine::value));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(label("evidence-empty", tr("No cells: this finding is about missing data."), "muted"));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button close = button("evidence-close", tr("Close"));
        close.setCancelButton(true);
        close.setMinWidth(Button.USE_PREF_SIZE);
        close.setOnAction(event -> stage.close());
        Label hint = label("evidence-hint", tr("Open the file named here and go to the sheet, row and column shown; "
                + "the SHA-256 tells whether it is the same version of the file that was imported."), "hint");
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox bottom = new HBox(12, hint, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(10, heading, note, table, bottom);
        root.setId("evidence-window");
        root.getStyleClass().addAll("page", "evidence-window");

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        scene.getStylesheets().add(Theme.stylesheet());
        stage.initOwner(owner);
        stage.setTitle(tr("Evidence — Diligence Workbench"));
        stage.getIcons().setAll(Theme.icons());
        stage.setScene(scene);
    }

    /** Shows {@code listing}, replacing what the window showed before, and brings the window to the front. */
    void show(EvidenceListing listing) {
        heading.setText(listing.heading());
        note.setText(listing.note());
        table.getItems().setAll(listing.lines());
        if (listing.selected() != null) {
            table.getSelectionModel().select(listing.selected());
            table.scrollTo(listing.selected());
        }
        stage.show();
        stage.toFront();
    }

    boolean isShowing() {
        return stage.isShowing();
    }
}
