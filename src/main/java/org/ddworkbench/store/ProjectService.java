package org.ddworkbench.store;

import java.nio.file.Path;
import org.ddworkbench.pack.LoadedPack;

/** Creates, opens and re-keys encrypted project folders. */
public interface ProjectService {

    /**
     * Creates a new project in {@code dir} (which must be missing or empty) with a fresh random store key
     * wrapped under {@code passphrase}, installs {@code pack} as the pack in use, and logs the creation.
     * The returned project is open; the caller closes it.
     */
    Project create(Path dir, String name, char[] passphrase, LoadedPack pack) throws ProjectException;

    /**
     * Opens an existing project. A wrong passphrase, a project open elsewhere, or a damaged store fails
     * with a {@link ProjectException} and leaves every byte of the folder as it was.
     */
    Project open(Path dir, char[] passphrase) throws ProjectException;

    /**
     * Re-wraps the store key under {@code newPassphrase}: atomic (write new, fsync, rename) and instant;
     * the store itself is not touched. Logged in the project's activity log.
     */
    void changePassphrase(Path dir, char[] oldPassphrase, char[] newPassphrase) throws ProjectException;

    /**
     * Unpacks {@code backupFile} into {@code newFolder} (which must be missing or empty), checks its manifest, that
     * {@code passphrase} opens it and that its activity log is intact, logs the restore and returns the open project.
     * On any failure the folder is left as it was.
     */
    Project restore(Path backupFile, Path newFolder, char[] passphrase) throws ProjectException;

    /** Opens the closed project in {@code dir} and makes a recovery code for it, see {@link Project#addRecoveryCode}. */
    String addRecoveryCode(Path dir, char[] passphrase) throws ProjectException;

    /**
     * Sets {@code newPassphrase} on the closed project in {@code dir} using its recovery code (spacing and case do
     * not matter); the recovery code keeps working. Logged without the code.
     */
    void recover(Path dir, char[] recoveryCode, char[] newPassphrase) throws ProjectException;

    /** Whether {@code dir} looks like a project folder (holds a key file and a store file). */
    boolean isProject(Path dir);
}
