package org.ddworkbench.check;

import java.sql.SQLException;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.store.Project;

/** A cross-check, review, risk score or corrective action failed; the message says what and in which project. */
public final class CheckException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public CheckException(String userMessage) {
        super(userMessage);
    }

    public CheckException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    /** The store failed while doing {@code what} (e.g. "run the cross-checks"); nothing was changed. */
    static CheckException store(Project project, String what, SQLException cause) {
        return new CheckException("Could not " + what + " in the project " + project.directory()
                + ": its store could not be read or written. Nothing was changed.", cause);
    }
}
