package org.ddworkbench.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ddworkbench.model.ProjectInfo;
import org.ddworkbench.pack.LoadedPack;
import org.ddworkbench.store.ProjectException.Reason;

/** An open project backed by its encrypted H2 store; holds the folder lock and the store key until closed. */
final class H2Project implements Project {
    /** The activity-log actions that replace the key file; their detail holds the new file's hash. */
    static final String PASSPHRASE_CHANGED = "project.passphrase-changed";
    static final String RECOVERY_CODE_MADE = "project.recovery-code-made";
    static final String RECOVERED = "project.recovered";
    static final String KEY_FILE_SHA256 = "keyFileSha256";

    private final Path folder;
    private final ProjectInfo info;
    private final LoadedPack pack;
    private final OpenStore store;
    private final H2ActivityLog activityLog;
    private final KeyVault vault;
    private final ProjectBackup backups;
    private final ObjectMapper mapper;
    private final AtomicBoolean closed = new AtomicBoolean();

    H2Project(Path folder, ProjectInfo info, LoadedPack pack, OpenStore store, H2ActivityLog activityLog,
            KeyVault vault, ProjectBackup backups, ObjectMapper mapper) {
        this.folder = folder;
        this.info = info;
        this.pack = pack;
        this.store = store;
        this.activityLog = activityLog;
        this.vault = vault;
        this.backups = backups;
        this.mapper = mapper;
    }

    @Override
    public Path directory() {
        return folder;
    }

    @Override
    public ProjectInfo info() {
        return info;
    }

    @Override
    public LoadedPack pack() {
        return pack;
    }

    @Override
    public ActivityLog activityLog() {
        ensureOpen();
        return activityLog;
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) throws SQLException {
        ensureOpen();
        return store.database().inTransaction(work);
    }

    /** Re-wraps the store key under {@code next}; the store is never re-encrypted. See {@link #replaceKeyFile}. */
    @Override
    public void changePassphrase(char[] current, char[] next) throws ProjectException {
        ensureOpen();
        KeyFile rewrapped = vault.rewrapped(folder, store.key(), current, next);
        replaceKeyFile(rewrapped, PASSPHRASE_CHANGED, "The project passphrase was changed.",
                slotDetail(KeyFile.PASSPHRASE_SLOT, rewrapped), "the passphrase is unchanged");
    }

    @Override
    public BackupFile backup(Path target) throws ProjectException {
        ensureOpen();
        return backups.write(folder, info, store.database(), activityLog, target);
    }

    /** The code itself is returned only; neither the log nor any file ever holds it. */
    @Override
    public String addRecoveryCode(char[] passphrase) throws ProjectException {
        ensureOpen();
        KeyVault.NewRecovery recovery = vault.withRecovery(folder, store.key(), passphrase);
        replaceKeyFile(recovery.keyFile(), RECOVERY_CODE_MADE, "A recovery code was made for the project;"
                + " an earlier one no longer works.", slotDetail(KeyFile.RECOVERY_SLOT, recovery.keyFile()),
                "no recovery code was made");
        return recovery.code();
    }

    /** Sets a new passphrase on a project opened with its recovery code; the recovery slot stays. */
    void resetPassphrase(char[] next) throws ProjectException {
        ensureOpen();
        KeyFile keyFile = vault.withNewPassphrase(folder, store.key(), next);
        replaceKeyFile(keyFile, RECOVERED, "The project passphrase was reset with the recovery code.",
                slotDetail(KeyFile.PASSPHRASE_SLOT, keyFile), "the passphrase is unchanged");
    }

    private ObjectNode slotDetail(String slotId, KeyFile keyFile) {
        return mapper.createObjectNode()
                .put("slot", slotId)
                .put("kdf", PassphraseKeyWrapper.KDF)
                .put("iterations", keyFile.slot(slotId).orElseThrow().iterations());
    }

    /**
     * Stages the new key file, records the change with the staged file's hash and forces that record into the store
     * file, and only then moves the key file into place. A process stopped before the record leaves the old key
     * file working; one stopped after it leaves a recorded change that the next open completes
     * ({@link KeyVault#settleStaged}). So the log records a key change exactly when the new key file is in force.
     */
    private void replaceKeyFile(KeyFile keyFile, String action, String summary, ObjectNode detail, String unchanged)
            throws ProjectException {
        String sha256;
        try {
            sha256 = vault.stage(folder, keyFile);
        } catch (IOException e) {
            throw new ProjectException(Reason.IO, "The new key file could not be written in " + folder + "; "
                    + unchanged + ".", e);
        }
        try {
            store.database().inTransaction(connection -> {
                activityLog.append(connection, action, summary, detail.put(KEY_FILE_SHA256, sha256).toString());
                return null;
            });
        } catch (SQLException e) {
            vault.settleStaged(folder, Optional.empty());
            throw new ProjectException(Reason.IO, "The change could not be recorded in the project " + folder
                    + "; " + unchanged + ".", e);
        }
        try {
            store.database().inTransaction(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CHECKPOINT");
                }
                return null;
            });
            vault.promote(folder);
        } catch (SQLException | IOException e) {
            throw new ProjectException(Reason.IO, "The change is recorded, but could not be completed in " + folder
                    + "; it will be when the project is next opened.", e);
        }
    }

    /** Test hook: removes the database guard so that a test can tamper with the log as an attacker with the key could. */
    void dropAppendOnlyGuard() throws SQLException {
        inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TRIGGER activity_log_append_only");
            }
            return null;
        });
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            store.close();
        }
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("The project " + folder + " is closed.");
        }
    }
}
