package org.ddworkbench.store;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The random 256-bit key the H2 store is encrypted with; it exists in memory only while a project is open
 * and is wiped on {@link #close()}.
 */
final class StoreKey implements AutoCloseable {
    static final int LENGTH = 32;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final byte[] bytes;

    /** Takes ownership of {@code bytes}: the caller must not keep or wipe its reference. */
    StoreKey(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a store key has " + LENGTH + " bytes");
        }
        this.bytes = bytes;
    }

    static StoreKey generate(SecureRandom random) {
        byte[] bytes = new byte[LENGTH];
        random.nextBytes(bytes);
        return new StoreKey(bytes);
    }

    /** A copy of the raw key, for wrapping; the caller wipes it. */
    byte[] copy() {
        return bytes.clone();
    }

    /** Whether {@code other} holds the same key, compared in constant time. */
    boolean matches(StoreKey other) {
        return MessageDigest.isEqual(bytes, other.bytes);
    }

    /**
     * The H2 password for {@code CIPHER=AES}: file password, a space, user password. Both are the key in
     * hex, built as chars so that no immutable String copy of the key is ever made. The caller wipes it.
     */
    char[] h2Password() {
        char[] password = new char[LENGTH * 4 + 1];
        writeHex(password, 0);
        password[LENGTH * 2] = ' ';
        writeHex(password, LENGTH * 2 + 1);
        return password;
    }

    private void writeHex(char[] target, int offset) {
        for (int i = 0; i < bytes.length; i++) {
            target[offset + 2 * i] = HEX[(bytes[i] >> 4) & 0xf];
            target[offset + 2 * i + 1] = HEX[bytes[i] & 0xf];
        }
    }

    @Override
    public void close() {
        Arrays.fill(bytes, (byte) 0);
    }
}
