package org.ddworkbench.ingest.read;

import org.ddworkbench.ingest.FileRejectedException;

/**
 * Carries a refusal out of a parser callback (SAX or HSSF listener) that cannot throw checked exceptions;
 * the reader unwraps it at its boundary.
 */
final class RejectedRead extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final FileRejectedException rejection;

    RejectedRead(FileRejectedException rejection) {
        super(rejection.getMessage(), null, false, false);
        this.rejection = rejection;
    }

    FileRejectedException rejection() {
        return rejection;
    }
}
