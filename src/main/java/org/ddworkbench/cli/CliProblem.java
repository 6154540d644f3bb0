package org.ddworkbench.cli;

import org.ddworkbench.model.ProblemException;

/** A command could not do its work because of its input (a missing passphrase, an unreadable file, ...). */
public final class CliProblem extends ProblemException {
    private static final long serialVersionUID = 1L;

    public CliProblem(String userMessage) {
        super(userMessage);
    }

    public CliProblem(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
