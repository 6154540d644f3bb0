package org.ddworkbench.store;

/**
 * One wrapped copy of the store key: AES-256-GCM under a key derived from a secret with PBKDF2.
 *
 * @param salt Base64 PBKDF2 salt
 * @param iv Base64 96-bit GCM nonce
 * @param wrappedKey Base64 ciphertext of the store key followed by the 128-bit tag
 */
record KeySlot(String id, String kdf, int iterations, String salt, String iv, String wrappedKey) {
}
