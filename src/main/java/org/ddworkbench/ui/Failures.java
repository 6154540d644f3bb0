package org.ddworkbench.ui;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.ddworkbench.model.ProblemException;

/**
 * Turns a failure into the sentence a user sees: a {@link ProblemException}'s own message, anything else a
 * short generic sentence, with the details sent to the log instead of the screen.
 */
public final class Failures {
    private static final Logger LOG = Logger.getLogger(Failures.class.getName());
    private static final int MAX_SIMPLE_MESSAGE = 160;

    private Failures() {
    }

    /** The readable message for {@code failure}; never a stack trace. */
    public static String userMessage(Throwable failure) {
        ProblemException problem = findProblem(failure);
        if (problem != null) {
            return problem.getMessage();
        }
        return I18n.tr("Something went wrong: {0}. Details are in the log.", simpleMessage(failure));
    }

    /**
     * Logs an unexpected failure with its stack trace so it can be diagnosed; problems the user caused are
     * logged briefly, since their message already says everything.
     */
    public static void log(String whatFailed, Throwable failure) {
        if (findProblem(failure) != null) {
            LOG.log(Level.FINE, () -> whatFailed + ": " + failure.getClass().getSimpleName());
        } else {
            LOG.log(Level.WARNING, whatFailed, failure);
        }
    }

    private static ProblemException findProblem(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof ProblemException problem) {
                return problem;
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }

    private static String simpleMessage(Throwable failure) {
        String text = failure.getMessage();
        if (text == null || text.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        String firstLine = text.strip().lines().findFirst().orElse("");
        if (firstLine.endsWith(".")) {
            firstLine = firstLine.substring(0, firstLine.length() - 1);
        }
        return firstLine.length() > MAX_SIMPLE_MESSAGE ? firstLine.substring(0, MAX_SIMPLE_MESSAGE) + "…" : firstLine;
    }
}
