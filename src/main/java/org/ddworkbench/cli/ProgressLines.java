package org.ddworkbench.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import org.ddworkbench.task.ProgressListener;

/**
 * Reports a long step on standard error as plain lines (no cursor or spinner codes, so logs and pipes stay
 * readable): nothing for quick steps (nor a lone "100%" when one ends just after the quiet second), then a
 * line at each further tenth of the work.
 */
final class ProgressLines implements ProgressListener {
    /** Steps shorter than this print nothing. */
    private static final long QUIET_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final String label;
    private final LongSupplier clock;
    private final long start;
    private int lastTenth = -1;

    ProgressLines(PrintWriter err, String label) {
        this(err, label, System::nanoTime);
    }

    ProgressLines(PrintWriter err, String label, LongSupplier clock) {
        this.err = err;
        this.label = label;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    @Override
    public void progress(double fraction, String message) {
        if (fraction < 0 || clock.getAsLong() - start < QUIET_NANOS) {
            return;
        }
        int tenth = (int) Math.floor(Math.min(1, fraction) * 10);
        if (lastTenth < 0 && tenth == 10) {
            return;
        }
        if (tenth > lastTenth) {
            lastTenth = tenth;
            err.printf("  %s %d%%%n", label, tenth * 10);
            err.flush();
        }
    }
}
