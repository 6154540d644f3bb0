package org.ddworkbench.ui.imports;

import static org.ddworkbench.ui.I18n.tr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ddworkbench.ui.imports.QueuedFile.Status;

/** The files the wizard was given, in order, each once; a folder stands for the spreadsheets directly in it. */
public final class FileQueue {
    private static final List<String> SPREADSHEETS = List.of(".xlsx", ".xls", ".csv");

    private final ObservableList<QueuedFile> files =
            FXCollections.observableArrayList(file -> new Observable[] {file.statusProperty()});
    private final StringProperty typedPath = new SimpleStringProperty(this, "typedPath", "");
    private final ReadOnlyStringWrapper typedPathProblem = new ReadOnlyStringWrapper(this, "typedPathProblem", "");

    public ObservableList<QueuedFile> files() {
        return files;
    }

    /** A path the user types or pastes, added with {@link #addTyped()}. */
    public StringProperty typedPathProperty() {
        return typedPath;
    }

    /** Why the typed path could not be added, or empty. */
    public ReadOnlyStringProperty typedPathProblemProperty() {
        return typedPathProblem.getReadOnlyProperty();
    }

    void add(List<Path> paths) {
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                spreadsheetsIn(path).forEach(this::addOne);
            } else {
                addOne(path);
            }
        }
    }

    /** Adds the typed path when it names a file or folder; otherwise says why not and keeps the text. */
    public void addTyped() {
        String text = typedPath.get() == null ? "" : typedPath.get().strip();
        if (text.startsWith("\"") && text.endsWith("\"") && text.length() > 1) {
            // File managers often copy a path in quotes.
            text = text.substring(1, text.length() - 1);
        }
        if (text.isEmpty()) {
            return;
        }
        Path path;
        try {
            path = Path.of(text);
        } catch (InvalidPathException invalid) {
            typedPathProblem.set(tr("“{0}” is not a valid path.", text));
            return;
        }
        if (!Files.exists(path)) {
            typedPathProblem.set(tr("There is no file or folder at {0}.", path.toAbsolutePath()));
            return;
        }
        typedPathProblem.set("");
        typedPath.set("");
        add(List.of(path));
    }

    Optional<QueuedFile> firstWaiting() {
        return files.stream().filter(file -> file.status() == Status.WAITING).findFirst();
    }

    private void addOne(Path path) {
        QueuedFile file = new QueuedFile(path);
        if (files.stream().noneMatch(queued -> queued.path().equals(file.path()))) {
            files.add(file);
        }
    }

    private List<Path> spreadsheetsIn(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(FileQueue::isSpreadsheet).sorted().toList();
        } catch (IOException unreadable) {
            typedPathProblem.set(tr("The folder {0} could not be read.", folder.toAbsolutePath()));
            return new ArrayList<>();
        }
    }

    private static boolean isSpreadsheet(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return SPREADSHEETS.stream().anyMatch(name::endsWith);
    }
}
