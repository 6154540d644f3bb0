package org.ddworkbench.cli;

import java.io.PrintWriter;
import org.ddworkbench.task.ProgressListener;

/** Progress of a benchmark on stderr: each step once, then its tenths when it runs long enough to be worth watching. */
final class StepLines implements ProgressListener {
    private final PrintWriter err;
    private String step = "";
    private ProgressLines tenths;

    StepLines(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void progress(double fraction, String message) {
        if (!message.equals(step)) {
            step = message;
            err.println(message);
            err.flush();
            tenths = new ProgressLines(err, "");
        }
        tenths.progress(fraction, message);
    }
}
