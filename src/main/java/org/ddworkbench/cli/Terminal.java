package org.ddworkbench.cli;

import java.io.PrintWriter;
import java.util.Map;

/**
 * What a command sees of the world outside the JVM: where it writes, the environment variables it may
 * read a passphrase from, and the no-echo prompt. Tests pass their own.
 */
public record Terminal(PrintWriter out, PrintWriter err, Map<String, String> environment, PasswordPrompt prompt) {

    public Terminal {
        environment = Map.copyOf(environment);
    }

    /** The real standard output, standard error, environment and console. */
    public static Terminal system() {
        return new Terminal(new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv(),
                PasswordPrompt.systemConsole());
    }
}
