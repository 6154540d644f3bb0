package org.ddworkbench.store;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import org.ddworkbench.store.PassphraseKeyWrapper.MalformedSlotException;
import org.ddworkbench.store.ProjectException.Reason;

/** Turns passphrases into the store key and back: unlocking, first wrapping, and re-wrapping under a new passphrase. */
final class KeyVault {
    private final KeyFileStore files;
    private final PassphraseKeyWrapper wrapper;
    private final PassphrasePolicy policy;
    private final int iterations;

    KeyVault(KeyFileStore files, PassphraseKeyWrapper wrapper, PassphrasePolicy policy, int iterations) {
        this.files = files;
        this.wrapper = wrapper;
        this.policy = policy;
        this.iterations = iterations;
    }

    /** Reads the key file and unwraps the store key; touches no file, so a wrong passphrase changes nothing. */
    StoreKey unlock(Path folder, char[] passphrase) throws ProjectException {
        KeyFile keyFile = files.read(folder);
        return unwrap(folder, passphraseSlot(folder, keyFile), passphrase);
    }

    void requireAcceptable(char[] passphrase) throws ProjectException {
        Optional<String> problem = policy.problem(passphrase);
        if (problem.isPresent()) {
            throw new ProjectException(Reason.WEAK_PASSPHRASE, problem.get() + " " + policy.rule());
        }
    }

    /** Writes a first key file holding {@code key} wrapped under {@code passphrase}. */
    void writeNew(Path folder, StoreKey key, char[] passphrase) throws ProjectException, IOException {
        KeySlot slot = wrap(key, passphrase, iterations);
        files.write(folder, new KeyFile(KeyFile.FORMAT, List.of(slot)));
    }

    /**
     * Checks {@code current} against the key file and {@code next} against the policy, and returns the key file
     * with the passphrase slot re-wrapped under {@code next} (new salt and IV). Writes nothing.
     */
    KeyFile rewrapped(Path folder, StoreKey openKey, char[] current, char[] next) throws ProjectException {
        KeyFile keyFile = files.read(folder);
        KeySlot slot = passphraseSlot(folder, keyFile);
        try (StoreKey unwrapped = unwrap(folder, slot, current)) {
            if (!openKey.matches(unwrapped)) {
                throw KeyFileStore.damaged(folder, "no longer matches the open project store", null);
            }
        }
        requireAcceptable(next);
        return keyFile.replacing(wrap(openKey, next, Math.max(slot.iterations(), iterations)));
    }

    void replace(Path folder, KeyFile keyFile) throws IOException {
        files.write(folder, keyFile);
    }

    private KeySlot wrap(StoreKey key, char[] passphrase, int rounds) throws ProjectException {
        try {
            return wrapper.wrap(KeyFile.PASSPHRASE_SLOT, key, passphrase, rounds);
        } catch (GeneralSecurityException e) {
            throw new ProjectException(Reason.IO, "This Java runtime lacks the AES-GCM or PBKDF2 support the"
                    + " project key needs.", e);
        }
    }

    private StoreKey unwrap(Path folder, KeySlot slot, char[] passphrase) throws ProjectException {
        try {
            return wrapper.unwrap(slot, passphrase);
        } catch (AEADBadTagException e) {
            throw new ProjectException(Reason.WRONG_PASSPHRASE, "Wrong passphrase for project " + folder + ".", e);
        } catch (MalformedSlotException e) {
            throw KeyFileStore.damaged(folder, "is damaged: its passphrase slot " + e.getMessage(), e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw KeyFileStore.damaged(folder, "is damaged: its passphrase slot cannot be used", e);
        }
    }

    private static KeySlot passphraseSlot(Path folder, KeyFile keyFile) throws ProjectException {
        return keyFile.slot(KeyFile.PASSPHRASE_SLOT)
                .orElseThrow(() -> KeyFileStore.damaged(folder, "is damaged: it holds no passphrase slot", null));
    }
}
