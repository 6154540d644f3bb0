package org.ddworkbench.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.FileChooser.ExtensionFilter;
import javafx.stage.Window;

/**
 * The platform's file and folder choosers, shown over the focused window of the application (the import
 * wizard, when it asks) or else the main window.
 */
public final class FxFileChoosers implements FileChoosers {
    private final Supplier<Window> owner;

    public FxFileChoosers(Window mainWindow) {
        this.owner = () -> Window.getWindows().stream().filter(Window::isShowing).filter(Window::isFocused)
                .findFirst().orElse(mainWindow);
    }

    @Override
    public Optional<Path> openFile(String title, List<ExtensionFilter> filters) {
        return Optional.ofNullable(chooser(title, filters).showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public List<Path> openFiles(String title, List<ExtensionFilter> filters) {
        List<File> chosen = chooser(title, filters).showOpenMultipleDialog(owner.get());
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, ExtensionFilter filter) {
        FileChooser chooser = chooser(title, List.of(filter));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> folder(String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        Path start = existingAncestor(initial);
        if (start != null) {
            chooser.setInitialDirectory(start.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    private static FileChooser chooser(String title, List<ExtensionFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filters);
        return chooser;
    }

    private static Path existingAncestor(Path path) {
        Path current = path == null ? null : path.toAbsolutePath();
        while (current != null && !Files.isDirectory(current)) {
            current = current.getParent();
        }
        return current;
    }
}
