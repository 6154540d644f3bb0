package org.ddworkbench.ui.imports;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.ddworkbench.ingest.FileRejectedException;

/** How the wizard reads the end of a background job: cancelled, or refused for want of a workbook password. */
final class Outcomes {
    private Outcomes() {
    }

    /**
     * Runs {@code work}, turning cancellation into an empty result: the background runner calls neither
     * callback for a cancelled job, and the wizard must hear back to leave its working state.
     */
    static <T> Optional<T> unlessCancelled(Callable<T> work) throws Exception {
        try {
            return Optional.of(work.call());
        } catch (CancellationException cancelled) {
            return Optional.empty();
        }
    }

    /**
     * Whether a refusal asks for a workbook password: the readers refuse an encrypted workbook opened without
     * one, or with a wrong one, with a message that says "password".
     */
    static boolean needsWorkbookPassword(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileRejectedException && cause.getMessage() != null
                    && cause.getMessage().toLowerCase(Locale.ROOT).contains("password")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
