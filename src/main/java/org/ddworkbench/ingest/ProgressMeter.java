package org.ddworkbench.ingest;

import org.ddworkbench.task.ProgressListener;

/** Reports rows read against the expected number (or as unknown), every {@value #EVERY} rows and at the last. */
final class ProgressMeter {
    static final int EVERY = 1_000;

    private final ProgressListener listener;
    private final long expectedRows;
    private final String verb;
    private long rows;

    /** @param expectedRows the rows the file is known or estimated to hold, or 0 when unknown */
    ProgressMeter(ProgressListener listener, long expectedRows, String verb) {
        this.listener = listener;
        this.expectedRows = expectedRows;
        this.verb = verb;
    }

    void row() {
        rows++;
        if (rows % EVERY == 0 || rows == expectedRows) {
            double fraction = expectedRows > 0 ? Math.min(1.0, (double) rows / expectedRows) : -1;
            listener.progress(fraction, String.format("%s row %,d%s", verb, rows,
                    expectedRows > 0 ? String.format(" of %,d", expectedRows) : ""));
        }
    }
}
