package org.ddworkbench.ui.imports;

import static org.ddworkbench.ui.I18n.tr;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** A file waiting in the import wizard's queue, and what became of it. */
public final class QueuedFile {

    /** Where a file is in the queue. */
    public enum Status { WAITING, IMPORTED, REFUSED }

    private final Path path;
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.WAITING);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");

    public QueuedFile(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    public Path path() {
        return path;
    }

    public String name() {
        return path.getFileName().toString();
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Status status() {
        return status.get();
    }

    /** Why the file was refused, or what was imported from it. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** "Waiting", "Imported: 12 rows", "Not imported: …". */
    public String statusText() {
        return switch (status.get()) {
            case WAITING -> tr("Waiting");
            case IMPORTED -> tr("Imported: {0}", note.get());
            case REFUSED -> tr("Not imported: {0}", note.get());
        };
    }

    void markImported(String what) {
        note.set(what);
        status.set(Status.IMPORTED);
    }

    void markRefused(String why) {
        note.set(why);
        status.set(Status.REFUSED);
    }

    /** Puts a refused file back in the queue, for another try after the user fixed it. */
    void retry() {
        note.set("");
        status.set(Status.WAITING);
    }
}
