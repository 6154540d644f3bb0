package org.ddworkbench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.ddworkbench.model.ProjectInfo;
import org.ddworkbench.pack.LoadedPack;

/** An open project: its encrypted store, the pack in use and its activity log. Close it when done. */
public interface Project extends AutoCloseable {

    Path directory();

    ProjectInfo info();

    /** The metric pack in use, as recorded in the store. */
    LoadedPack pack();

    ActivityLog activityLog();

    /**
     * Runs {@code work} in one transaction on the store: committed when it returns, rolled back when it
     * throws. All SQL inside binds its parameters.
     */
    <T> T inTransaction(SqlWork<T> work) throws SQLException;

    /**
     * Re-wraps the store key under {@code next} (atomic write-new, fsync, rename; the store is not
     * re-encrypted) and logs the change. Fails with WRONG_PASSPHRASE or WEAK_PASSPHRASE, changing nothing.
     */
    void changePassphrase(char[] current, char[] next) throws ProjectException;

    /**
     * Writes one backup file to {@code target} (replaced if it exists) while the project stays open: a consistent
     * copy of the still encrypted store, the key file and a manifest. Logged with the file's name and SHA-256.
     */
    BackupFile backup(Path target) throws ProjectException;

    /**
     * Makes a new recovery code that can also unwrap the store key (replacing any earlier one) once
     * {@code passphrase} proves to be the current one, and returns it grouped for reading. Show it once; it is
     * kept nowhere else. Logged without the code.
     */
    String addRecoveryCode(char[] passphrase) throws ProjectException;

    @Override
    void close();

    /** Work done on a connection inside a transaction. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
