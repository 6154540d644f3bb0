package org.ddworkbench.cli;

import java.io.Console;

/** Asks the person at the terminal for a passphrase without echoing it; replaceable in tests. */
public interface PasswordPrompt {

    /** Whether there is a terminal to ask on. */
    boolean available();

    /** Shows {@code prompt} and reads one line without echo; null when the input has ended. */
    char[] read(String prompt);

    /** No terminal: every command must get its passphrase from the environment or a file. */
    PasswordPrompt NONE = new PasswordPrompt() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public char[] read(String prompt) {
            return null;
        }
    };

    /** The JVM's console, when the process runs in an interactive terminal. */
    static PasswordPrompt systemConsole() {
        Console console = System.console();
        if (console == null) {
            return NONE;
        }
        return new PasswordPrompt() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public char[] read(String prompt) {
                return console.readPassword("%s", prompt);
            }
        };
    }
}
