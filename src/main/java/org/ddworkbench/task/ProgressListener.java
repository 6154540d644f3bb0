package org.ddworkbench.task;

/** Receives progress of a long job; called from the job's thread. */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores progress. */
    ProgressListener NONE = (fraction, message) -> { };

    /**
     * @param fraction from 0 to 1, or a negative number when the amount of work is not known
     * @param message a short readable description of the current step
     */
    void progress(double fraction, String message);
}
