package org.ddworkbench.ui.imports;

import org.ddworkbench.model.ProblemException;

/** A list could not be written to the file the user chose; the message names the file and the reason. */
public final class ExportFailedException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public ExportFailedException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
