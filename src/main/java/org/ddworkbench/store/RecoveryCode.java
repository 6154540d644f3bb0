package org.ddworkbench.store;

import java.security.SecureRandom;
import java.util.Arrays;
import org.ddworkbench.store.ProjectException.Reason;

/**
 * The recovery code: 160 random bits written as 32 base32 letters and digits (RFC 4648 alphabet), shown in
 * groups of four; only the 32 characters, upper-cased, feed the key derivation, so spacing and case do not matter.
 */
final class RecoveryCode {
    static final int BYTES = 20;
    static final int LENGTH = BYTES * 8 / 5;
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final int GROUP = 4;

    private RecoveryCode() {
    }

    /** A fresh code as its 32 characters; the caller wipes it. */
    static char[] generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        char[] code = new char[LENGTH];
        int buffer = 0;
        int bits = 0;
        int next = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                code[next++] = ALPHABET[(buffer >> (bits - 5)) & 0x1f];
                bits -= 5;
            }
        }
        Arrays.fill(bytes, (byte) 0);
        return code;
    }

    /** The form shown to the user: groups of four joined by hyphens. */
    static String grouped(char[] code) {
        StringBuilder text = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int i = 0; i < code.length; i++) {
            if (i > 0 && i % GROUP == 0) {
                text.append('-');
            }
            text.append(code[i]);
        }
        return text.toString();
    }

    /**
     * The 32 characters of a typed code without separators, upper-cased; the caller wipes the result.
     *
     * @throws ProjectException when {@code typed} cannot be a recovery code at all
     */
    static char[] normalize(char[] typed) throws ProjectException {
        char[] code = new char[LENGTH];
        int length = 0;
        boolean valid = typed != null;
        for (int i = 0; valid && i < typed.length; i++) {
            char c = Character.toUpperCase(typed[i]);
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            valid = length < LENGTH && ((c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7'));
            if (valid) {
                code[length++] = c;
            }
        }
        if (!valid || length != LENGTH) {
            Arrays.fill(code, '\0');
            throw new ProjectException(Reason.WRONG_PASSPHRASE, "That is not a recovery code: a recovery code has "
                    + LENGTH + " letters (A-Z) and digits (2-7) in groups of " + GROUP + ".");
        }
        return code;
    }
}
