package org.ddworkbench.ui.imports;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.ddworkbench.ingest.ImportService;
import org.ddworkbench.store.Project;

/**
 * The open project with its import service, and a revision number that the screens showing imported data
 * watch, so that an import or an undo in one place refreshes all of them.
 */
public final class ImportedData {
    private final Project project;
    private final ImportService service;
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");

    public ImportedData(Project project, ImportService service) {
        this.project = project;
        this.service = service;
    }

    public Project project() {
        return project;
    }

    public ImportService service() {
        return service;
    }

    /** Grows by one after every import or undo; call on the FX thread. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Tells every watching screen that the project's imported data changed. */
    public void changed() {
        revision.set(revision.get() + 1);
    }
}
