package org.ddworkbench.model;

/**
 * A failure caused by the user's input or environment, carrying a message fit to show the user as is
 * (what went wrong and where); the cause, if any, is kept for the log only.
 */
public class ProblemException extends Exception {
    private static final long serialVersionUID = 1L;

    public ProblemException(String userMessage) {
        super(userMessage);
    }

    public ProblemException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
