package org.ddworkbench.report.disclosure;

import org.ddworkbench.model.ProblemException;

/** A disclosure-control setting the user asked for that the pack does not allow. */
public final class DisclosureException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public DisclosureException(String userMessage) {
        super(userMessage);
    }
}
