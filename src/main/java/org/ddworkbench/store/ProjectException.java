package org.ddworkbench.store;

import org.ddworkbench.model.ProblemException;

/** A project could not be created, opened or changed; {@link #reason()} lets callers react to the kind. */
public final class ProjectException extends ProblemException {
    private static final long serialVersionUID = 1L;

    /** Why the operation failed. */
    public enum Reason {
        WRONG_PASSPHRASE, WEAK_PASSPHRASE, IN_USE, NOT_A_PROJECT, ALREADY_EXISTS, DAMAGED, IO
    }

    private final Reason reason;

    public ProjectException(Reason reason, String userMessage) {
        super(userMessage);
        this.reason = reason;
    }

    public ProjectException(Reason reason, String userMessage, Throwable cause) {
        super(userMessage, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
