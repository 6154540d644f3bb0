package org.ddworkbench.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ddworkbench.model.ProjectInfo;
import org.ddworkbench.pack.LoadedPack;
import org.ddworkbench.store.ProjectException.Reason;

/** An open project backed by its encrypted H2 store; holds the folder lock and the store key until closed. */
final class H2Project implements Project {
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

    /**
     * The key file is replaced inside the transaction that logs the change, so a failed write rolls the entry
     * back; the rename is the commit point. The store is never re-encrypted.
     */
    @Override
    public void changePassphrase(char[] current, char[] next) throws ProjectException {
        ensureOpen();
        KeyFile rewrapped = vault.rewrapped(folder, store.key(), current, next);
        replaceKeyFile(rewrapped, "project.passphrase-changed", "The project passphrase was changed.",
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
        replaceKeyFile(recovery.keyFile(), "project.recovery-code-made", "A recovery code was made for the project;"
                + " an earlier one no longer works.", slotDetail(KeyFile.RECOVERY_SLOT, recovery.keyFile()),
                "no recovery code was made");
        return recovery.code();
    }

    /** Sets a new passphrase on a project opened with its recovery code; the recovery slot stays. */
    void resetPassphrase(char[] next) throws ProjectException {
        ensureOpen();
        KeyFile keyFile = vault.withNewPassphrase(folder, store.key(), next);
        replaceKeyFile(keyFile, "project.recovered", "The project passphrase was reset with the recovery code.",
                slotDetail(KeyFile.PASSPHRASE_SLOT, keyFile), "the passphrase is unchanged");
    }

    private String slotDetail(String slotId, KeyFile keyFile) {
        ObjectNode detail = mapper.createObjectNode()
                .put("slot", slotId)
                .put("kdf", PassphraseKeyWrapper.KDF)
                .put("iterations", keyFile.slot(slotId).orElseThrow().iterations());
        return detail.toString();
    }

    private void replaceKeyFile(KeyFile keyFile, String action, String summary, String detail, String unchanged)
            throws ProjectException {
        try {
            store.database().inTransaction(connection -> {
                activityLog.append(connection, action, summary, detail);
                try {
                    vault.replace(folder, keyFile);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            throw new ProjectException(Reason.IO, "The new key file could not be written in " + folder + "; "
                    + unchanged + ".", e.getCause());
        } catch (SQLException e) {
            throw new ProjectException(Reason.IO, "The change could not be recorded in the project " + folder
                    + "; " + unchanged + ".", e);
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
