package org.ddworkbench.cli;

import org.ddworkbench.App;

/** Placeholder until the CLI lands. */
public final class Cli {
    private Cli() {
    }

    public static int run(App app, String... args) {
        System.err.println("not yet: " + app);
        return 2;
    }
}
