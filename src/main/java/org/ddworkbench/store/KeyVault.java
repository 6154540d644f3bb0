package org.ddworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import org.ddworkbench.store.PassphraseKeyWrapper.MalformedSlotException;
import org.ddworkbench.store.ProjectException.Reason;

/**
 * Turns passphrases and recovery codes into the store key and back: unlocking, first wrapping, re-wrapping under
 * a new passphrase, and adding a recovery slot.
 */
final class KeyVault {
    private final SecureRandom random = new SecureRandom();
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

    /**
     * Reads the key file and unwraps the store key; touches no file, so a wrong passphrase changes nothing. A
     * passphrase that only the staged key file of an interrupted change accepts unwraps the key too: opening the
     * store then decides whether that change took place ({@link #settleStaged}).
     */
    StoreKey unlock(Path folder, char[] passphrase) throws ProjectException {
        return unlock(folder, KeyFile.PASSPHRASE_SLOT, passphrase);
    }

    /** Unwraps the store key from the recovery slot with a normalised code; touches no file. */
    StoreKey unlockWithCode(Path folder, char[] code) throws ProjectException {
        return unlock(folder, KeyFile.RECOVERY_SLOT, code);
    }

    private StoreKey unlock(Path folder, String slotId, char[] secret) throws ProjectException {
        KeyFile keyFile = files.read(folder);
        try {
            return unwrap(folder, slot(folder, keyFile, slotId), secret);
        } catch (ProjectException e) {
            if (e.reason() != Reason.WRONG_PASSPHRASE) {
                throw e;
            }
            Optional<KeySlot> staged = stagedKeyFile(folder).flatMap(k -> k.slot(slotId));
            if (staged.isEmpty()) {
                throw e;
            }
            try {
                return unwrap(folder, staged.get(), secret);
            } catch (ProjectException stagedFailure) {
                throw e;
            }
        }
    }

    private Optional<KeyFile> stagedKeyFile(Path folder) {
        try {
            return files.staged(folder).flatMap(KeyFileStore.Staged::keyFile);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void requireAcceptable(char[] passphrase) throws ProjectException {
        Optional<String> problem = policy.problem(passphrase);
        if (problem.isPresent()) {
            throw new ProjectException(Reason.WEAK_PASSPHRASE, problem.get() + " " + policy.rule());
        }
    }

    /** Writes a first key file holding {@code key} wrapped under {@code passphrase}. */
    void writeNew(Path folder, StoreKey key, char[] passphrase) throws ProjectException, IOException {
        KeySlot slot = wrap(KeyFile.PASSPHRASE_SLOT, key, passphrase, iterations);
        files.write(folder, new KeyFile(KeyFile.FORMAT, List.of(slot)));
    }

    /**
     * Checks {@code current} against the key file and {@code next} against the policy, and returns the key file
     * with the passphrase slot re-wrapped under {@code next} (new salt and IV). Writes nothing.
     */
    KeyFile rewrapped(Path folder, StoreKey openKey, char[] current, char[] next) throws ProjectException {
        KeyFile keyFile = checked(folder, openKey, current);
        requireAcceptable(next);
        return withPassphrase(keyFile, openKey, next);
    }

    /**
     * Checks {@code passphrase} and returns the key file with a recovery slot wrapping {@code openKey} under a
     * fresh code (replacing any earlier one) together with that code. Writes nothing.
     */
    NewRecovery withRecovery(Path folder, StoreKey openKey, char[] passphrase) throws ProjectException {
        KeyFile keyFile = checked(folder, openKey, passphrase);
        char[] code = RecoveryCode.generate(random);
        try {
            KeySlot slot = wrap(KeyFile.RECOVERY_SLOT, openKey, code, iterations);
            return new NewRecovery(keyFile.replacing(slot), RecoveryCode.grouped(code), iterations);
        } finally {
            Arrays.fill(code, '\0');
        }
    }

    /** The key file with the passphrase slot wrapping {@code key} under {@code next}, for a recovery. Writes nothing. */
    KeyFile withNewPassphrase(Path folder, StoreKey key, char[] next) throws ProjectException {
        requireAcceptable(next);
        return withPassphrase(files.read(folder), key, next);
    }

    private KeyFile withPassphrase(KeyFile keyFile, StoreKey key, char[] next) throws ProjectException {
        int rounds = keyFile.slot(KeyFile.PASSPHRASE_SLOT).map(s -> Math.max(s.iterations(), iterations))
                .orElse(iterations);
        return keyFile.replacing(wrap(KeyFile.PASSPHRASE_SLOT, key, next, rounds));
    }

    /** The key file, once {@code passphrase} has been shown to unwrap the key the store is open with. */
    private KeyFile checked(Path folder, StoreKey openKey, char[] passphrase) throws ProjectException {
        KeyFile keyFile = files.read(folder);
        try (StoreKey unwrapped = unwrap(folder, slot(folder, keyFile, KeyFile.PASSPHRASE_SLOT), passphrase)) {
            if (!openKey.matches(unwrapped)) {
                throw KeyFileStore.damaged(folder, "no longer matches the open project store", null);
            }
        }
        return keyFile;
    }

    /** Writes {@code keyFile} beside the key file, to take effect once recorded; returns its SHA-256. */
    String stage(Path folder, KeyFile keyFile) throws IOException {
        return files.stage(folder, keyFile);
    }

    /** Puts the staged key file in place of the key file. */
    void promote(Path folder) throws IOException {
        files.promote(folder);
    }

    /** Whether a key change left a staged key file behind. */
    boolean hasStaged(Path folder) {
        return Files.exists(folder.resolve(KeyFileStore.STAGED_NAME));
    }

    /**
     * Completes or drops the key-file change that a process left staged when it stopped: the staged file takes
     * the key file's place if {@code recordedSha256} (from the newest key change in the activity log) is its
     * hash, and is removed otherwise. Returns what happened, or empty when nothing was staged.
     */
    Optional<Settled> settleStaged(Path folder, Optional<String> recordedSha256) throws ProjectException {
        try {
            Optional<KeyFileStore.Staged> staged = files.staged(folder);
            if (staged.isEmpty()) {
                return Optional.empty();
            }
            if (staged.get().keyFile().isPresent() && recordedSha256.equals(Optional.of(staged.get().sha256()))) {
                files.promote(folder);
                return Optional.of(Settled.COMPLETED);
            }
            files.discard(folder);
            return Optional.of(Settled.DROPPED);
        } catch (IOException e) {
            throw new ProjectException(Reason.IO, "The interrupted key change in " + folder + " could not be settled:"
                    + " " + KeyFileStore.STAGED_NAME + " could not be read, moved or removed.", e);
        }
    }

    /** What became of a staged key file. */
    enum Settled {
        /** It was recorded, and is now the key file. */
        COMPLETED,
        /** It was never recorded, and is gone. */
        DROPPED
    }

    private KeySlot wrap(String slotId, StoreKey key, char[] secret, int rounds) throws ProjectException {
        try {
            return wrapper.wrap(slotId, key, secret, rounds);
        } catch (GeneralSecurityException e) {
            throw new ProjectException(Reason.IO, "This Java runtime lacks the AES-GCM or PBKDF2 support the"
                    + " project key needs.", e);
        }
    }

    private StoreKey unwrap(Path folder, KeySlot slot, char[] secret) throws ProjectException {
        boolean recovery = KeyFile.RECOVERY_SLOT.equals(slot.id());
        try {
            return wrapper.unwrap(slot, secret);
        } catch (AEADBadTagException e) {
            throw new ProjectException(Reason.WRONG_PASSPHRASE, (recovery ? "Wrong recovery code" : "Wrong passphrase")
                    + " for project " + folder + ".", e);
        } catch (MalformedSlotException e) {
            throw KeyFileStore.damaged(folder, "is damaged: its " + slot.id() + " slot " + e.getMessage(), e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw KeyFileStore.damaged(folder, "is damaged: its " + slot.id() + " slot cannot be used", e);
        }
    }

    private static KeySlot slot(Path folder, KeyFile keyFile, String slotId) throws ProjectException {
        Optional<KeySlot> slot = keyFile.slot(slotId);
        if (slot.isPresent()) {
            return slot.get();
        }
        if (KeyFile.RECOVERY_SLOT.equals(slotId)) {
            throw new ProjectException(Reason.WRONG_PASSPHRASE, "The project " + folder + " has no recovery code.");
        }
        throw KeyFileStore.damaged(folder, "is damaged: it holds no passphrase slot", null);
    }

    /** A key file with a new recovery slot, and the code (grouped for reading) that opens it. */
    record NewRecovery(KeyFile keyFile, String code, int iterations) {
        @Override
        public String toString() {
            return "NewRecovery[code hidden]";
        }
    }
}
