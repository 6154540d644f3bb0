package org.ddworkbench.task;

import java.util.concurrent.CancellationException;

/** Shared flag through which a caller asks a running job to stop at its next safe point. */
public final class CancellationToken {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link CancellationException} when cancellation was asked for; jobs call it between steps. */
    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancellationException("Cancelled by the user.");
        }
    }
}
