package org.ddworkbench.cli;

import java.nio.file.Path;

/** Lets a CLI command hand over to the window without the CLI depending on the UI; wired by {@code Main}. */
@FunctionalInterface
public interface WindowOpener {
    /**
     * Opens the window on {@code project} (null: the start screen), unlocked with {@code passphrase} (null: ask
     * the user). Blocks until it closes.
     */
    void open(Path project, char[] passphrase);
}
