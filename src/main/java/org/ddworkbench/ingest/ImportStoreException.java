package org.ddworkbench.ingest;

import org.ddworkbench.model.ProblemException;

/** The project store failed while importing, undoing or listing; the message says what was left unchanged. */
public final class ImportStoreException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public ImportStoreException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
