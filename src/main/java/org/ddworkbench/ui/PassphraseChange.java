package org.ddworkbench.ui;

import java.util.Arrays;

/** The current and the new passphrase a user typed to re-key a project; wipe it once used. */
public record PassphraseChange(char[] current, char[] next) {

    /** Overwrites both passphrases in memory. */
    public void wipe() {
        Arrays.fill(current, '\0');
        Arrays.fill(next, '\0');
    }
}
