package org.ddworkbench.cli;

import org.ddworkbench.App;

/** Placeholder until the CLI lands. */
public final class Cli {
    private Cli() {
    }

    /** Runs one CLI command and returns its exit code: 0 success, 1 user error, 2 wrong usage. */
    public static int run(App app, WindowOpener windowOpener, String... args) {
        System.err.println("not yet: " + app + windowOpener);
        return 2;
    }
}
