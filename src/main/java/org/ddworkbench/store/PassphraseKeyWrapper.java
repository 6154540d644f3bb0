package org.ddworkbench.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Wraps and unwraps the store key with AES-256-GCM under a key derived from a passphrase with
 * PBKDF2-HMAC-SHA256; the associated data binds each wrapped copy to the key-file format and its slot id.
 */
final class PassphraseKeyWrapper {
    static final String KDF = "PBKDF2WithHmacSHA256";
    static final int SALT_BYTES = 16;
    static final int IV_BYTES = 12;
    static final int TAG_BITS = 128;
    /** Above this a key file is treated as damaged rather than left to stall the machine. */
    static final int MAX_ITERATIONS = 10_000_000;
    private static final int KEK_BITS = 256;
    private static final String CIPHER = "AES/GCM/NoPadding";

    private final SecureRandom random;

    PassphraseKeyWrapper(SecureRandom random) {
        this.random = random;
    }

    KeySlot wrap(String slotId, StoreKey key, char[] passphrase, int iterations) throws GeneralSecurityException {
        byte[] salt = new byte[SALT_BYTES];
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(salt);
        random.nextBytes(iv);
        byte[] kek = derive(passphrase, salt, iterations);
        byte[] raw = key.copy();
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(slotId));
            byte[] wrapped = cipher.doFinal(raw);
            Base64.Encoder b64 = Base64.getEncoder();
            return new KeySlot(slotId, KDF, iterations, b64.encodeToString(salt), b64.encodeToString(iv),
                    b64.encodeToString(wrapped));
        } finally {
            Arrays.fill(kek, (byte) 0);
            Arrays.fill(raw, (byte) 0);
        }
    }

    /**
     * Recovers the store key from {@code slot}.
     *
     * @throws AEADBadTagException when the passphrase is wrong (or the slot was altered)
     * @throws MalformedSlotException when the slot cannot be a wrapped key at all
     */
    StoreKey unwrap(KeySlot slot, char[] passphrase) throws GeneralSecurityException, MalformedSlotException {
        byte[] salt = decode(slot.salt(), "salt");
        byte[] iv = decode(slot.iv(), "iv");
        byte[] wrapped = decode(slot.wrappedKey(), "wrappedKey");
        if (!KDF.equals(slot.kdf())) {
            throw new MalformedSlotException("uses an unknown key derivation");
        }
        if (slot.iterations() < 1 || slot.iterations() > MAX_ITERATIONS) {
            throw new MalformedSlotException("has an impossible iteration count");
        }
        if (salt.length < SALT_BYTES || iv.length != IV_BYTES || wrapped.length != StoreKey.LENGTH + TAG_BITS / 8) {
            throw new MalformedSlotException("has fields of the wrong length");
        }
        if (passphrase == null || passphrase.length == 0) {
            throw new AEADBadTagException("empty passphrase");
        }
        byte[] kek = derive(passphrase, salt, slot.iterations());
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(slot.id()));
            return new StoreKey(cipher.doFinal(wrapped));
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** PBKDF2 reads the chars directly (as UTF-8), so no String copy of the passphrase is ever made. */
    private static byte[] derive(char[] passphrase, byte[] salt, int iterations) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, KEK_BITS);
        try {
            return SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] associatedData(String slotId) {
        return (KeyFile.FORMAT + "\u0000" + slotId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] decode(String base64, String field) throws MalformedSlotException {
        if (base64 == null) {
            throw new MalformedSlotException("lacks its " + field);
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new MalformedSlotException("has an unreadable " + field);
        }
    }

    /** A key slot that cannot hold a wrapped key (missing or malformed fields). */
    static final class MalformedSlotException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedSlotException(String problem) {
            super(problem);
        }
    }
}
