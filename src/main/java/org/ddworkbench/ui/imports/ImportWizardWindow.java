package org.ddworkbench.ui.imports;

import javafx.scene.layout.StackPane;
import static org.ddworkbench.ui.I18n.tr;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ddworkbench.ui.Theme;

/**
 * The import wizard's own window, modal over the main window: files dropped on it join the queue, and
 * closing it while a file is being imported cancels that import first.
 */
public final class ImportWizardWindow {
    private static final double WIDTH = 1000;
    private static final double HEIGHT = 700;

    private final ImportWizardViewModel model;
    private final Stage stage = new Stage();

    public ImportWizardWindow(Window owner, ImportWizardViewModel model) {
        this.model = model;
        ImportWizardView view = new ImportWizardView(model, stage::close);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new StackPane(view.root()),
                Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        scene.getStylesheets().add(Theme.stylesheet());
        scene.setOnDragOver(ImportWizardWindow::acceptFiles);
        scene.setOnDragDropped(event -> {
            model.addFiles(droppedFiles(event));
            event.setDropCompleted(true);
            event.consume();
        });
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(tr("Import files — Diligence Workbench"));
        stage.getIcons().setAll(Theme.icons());
        stage.setMinWidth(Math.min(860, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> {
            if (!model.close()) {
                event.consume();
            }
        });
    }

    /** Shows the window with {@code files} already in the queue. */
    public void show(List<Path> files) {
        model.addFiles(files);
        stage.show();
        stage.toFront();
    }

    /** Adds files to an open wizard (dropped on the main window) and brings it to the front. */
    public void add(List<Path> files) {
        model.addFiles(files);
        stage.toFront();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    /** Accepts a drag that carries files, to copy them into the queue. */
    public static void acceptFiles(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    public static List<Path> droppedFiles(DragEvent event) {
        return event.getDragboard().hasFiles()
                ? event.getDragboard().getFiles().stream().map(File::toPath).toList() : List.of();
    }
}
