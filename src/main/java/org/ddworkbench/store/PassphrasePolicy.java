package org.ddworkbench.store;

import java.util.Optional;

/** The rule a new project passphrase must meet, shared by the store, the window and the command line. */
public final class PassphrasePolicy {

    /** Fewest characters (Unicode code points) a passphrase may have. */
    public static final int MIN_LENGTH = 10;

    /** The rule in one sentence, to show next to a passphrase field. */
    public String rule() {
        return "Use at least " + MIN_LENGTH + " characters; a few unrelated words make a passphrase that is"
                + " strong and easy to remember.";
    }

    /** What is wrong with {@code passphrase}, or empty when it meets the rule. Never echoes the passphrase. */
    public Optional<String> problem(char[] passphrase) {
        if (passphrase == null || passphrase.length == 0) {
            return Optional.of("Enter a passphrase.");
        }
        if (isBlank(passphrase)) {
            return Optional.of("The passphrase cannot be only spaces.");
        }
        if (Character.codePointCount(passphrase, 0, passphrase.length) < MIN_LENGTH) {
            return Optional.of("The passphrase is too short: use at least " + MIN_LENGTH + " characters.");
        }
        return Optional.empty();
    }

    private static boolean isBlank(char[] passphrase) {
        for (char c : passphrase) {
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }
}
