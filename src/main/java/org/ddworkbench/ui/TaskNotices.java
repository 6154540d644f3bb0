package org.ddworkbench.ui;

import static org.ddworkbench.ui.I18n.tr;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Decides which finished background jobs deserve a notification: those that took long enough for the user
 * to look away, or that finished while the window was not focused. Listens to one {@link BackgroundRunner}.
 */
public final class TaskNotices implements BackgroundRunner.JobListener {
    /** Work this long is announced even when the window has focus. */
    static final Duration LONG = Duration.ofSeconds(5);
    /** Below this, work is too quick for anyone to have left the window for it. */
    static final Duration NOTICEABLE = Duration.ofSeconds(1);

    private final Notifier notifier;
    private final BooleanSupplier windowFocused;

    public TaskNotices(Notifier notifier, BooleanSupplier windowFocused) {
        this.notifier = notifier;
        this.windowFocused = windowFocused;
    }

    @Override
    public void succeeded(String description, Duration took) {
        boolean longWork = took.compareTo(LONG) >= 0;
        boolean missed = !windowFocused.getAsBoolean() && took.compareTo(NOTICEABLE) >= 0;
        if (longWork || missed) {
            notifier.show(tr("Finished"), tr("Done: {0}", withoutEllipsis(description)));
        }
    }

    /** "Importing 3 files…" reads "Importing 3 files" after "Done:". */
    private static String withoutEllipsis(String description) {
        String trimmed = description.strip();
        if (trimmed.endsWith("…")) {
            return trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.endsWith("...") ? trimmed.substring(0, trimmed.length() - 3) : trimmed;
    }
}
