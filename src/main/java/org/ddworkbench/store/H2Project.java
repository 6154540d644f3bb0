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
    private final ObjectMapper mapper;
    private final AtomicBoolean closed = new AtomicBoolean();

    H2Project(Path folder, ProjectInfo info, LoadedPack pack, OpenStore store, H2ActivityLog activityLog,
            KeyVault vault, ObjectMapper mapper) {
        this.folder = folder;
        this.info = info;
        this.pack = pack;
        this.store = store;
        this.activityLog = activityLog;
        this.vault = vault;
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
        int iterations = rewrapped.slot(KeyFile.PASSPHRASE_SLOT).orElseThrow().iterations();
        ObjectNode detail = mapper.createObjectNode()
                .put("slot", KeyFile.PASSPHRASE_SLOT)
                .put("kdf", PassphraseKeyWrapper.KDF)
                .put("iterations", iterations);
        try {
            store.database().inTransaction(connection -> {
                activityLog.append(connection, "project.passphrase-changed",
                        "The project passphrase was changed.", detail.toString());
                try {
                    vault.replace(folder, rewrapped);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            throw new ProjectException(Reason.IO, "The new key file could not be written in " + folder
                    + "; the passphrase is unchanged.", e.getCause());
        } catch (SQLException e) {
            throw new ProjectException(Reason.IO, "The passphrase change could not be recorded in the project "
                    + folder + "; the passphrase is unchanged.", e);
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
