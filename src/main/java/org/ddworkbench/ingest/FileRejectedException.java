package org.ddworkbench.ingest;

import org.ddworkbench.model.ProblemException;

/**
 * An input file was refused as a whole (unknown, corrupt, hostile, encrypted without password, ...); the
 * message names the file and, where known, the sheet, row and column.
 */
public final class FileRejectedException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public FileRejectedException(String userMessage) {
        super(userMessage);
    }

    public FileRejectedException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
