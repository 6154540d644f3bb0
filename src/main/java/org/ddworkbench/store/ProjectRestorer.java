package org.ddworkbench.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.HexFormat;
import org.ddworkbench.model.ChainVerification;
import org.ddworkbench.model.ProjectInfo;
import org.ddworkbench.model.Sha256;
import org.ddworkbench.store.ProjectException.Reason;

/**
 * Restores a backup file into a new folder: unpack, open with the passphrase, compare with the manifest, verify
 * the activity log, log the restore. Any failure removes what it wrote, so the folder is as it was.
 */
final class ProjectRestorer {
    private final BackupArchive archive;
    private final Opener opener;
    private final ObjectMapper mapper;

    ProjectRestorer(BackupArchive archive, Opener opener, ObjectMapper mapper) {
        this.archive = archive;
        this.opener = opener;
        this.mapper = mapper;
    }

    Project restore(Path backup, Path folder, char[] passphrase) throws ProjectException {
        if (!Files.isRegularFile(backup)) {
            throw new ProjectException(Reason.NOT_A_PROJECT, "The backup file " + backup + " does not exist.");
        }
        Path createdRoot = ProjectFolders.prepareEmpty(folder);
        Project project = null;
        try {
            BackupManifest manifest = archive.extract(backup, folder);
            project = open(backup, folder, passphrase);
            requireMatches(backup, manifest, project.info());
            ChainVerification chain = project.activityLog().verify();
            if (!chain.intact()) {
                throw BackupArchive.damaged(backup, "the activity log in it is broken at entry "
                        + chain.firstBrokenSeq() + " (" + chain.message() + ")", null);
            }
            String detail = mapper.createObjectNode().put("file", String.valueOf(backup.getFileName()))
                    .put("sha256", sha256(backup)).put("backupCreatedAt", String.valueOf(manifest.createdAt()))
                    .toString();
            project.activityLog().append("project.restored", "Project restored from the backup "
                    + backup.getFileName() + ".", detail);
            return project;
        } catch (ProjectException | RuntimeException e) {
            abandon(project, folder, createdRoot);
            throw e;
        } catch (SQLException e) {
            abandon(project, folder, createdRoot);
            throw new ProjectException(Reason.DAMAGED, "The backup " + backup + " was unpacked but its activity log"
                    + " could not be read or written; nothing was restored.", e);
        } catch (IOException e) {
            abandon(project, folder, createdRoot);
            throw new ProjectException(Reason.IO, "The backup " + backup + " could not be read.", e);
        }
    }

    private Project open(Path backup, Path folder, char[] passphrase) throws ProjectException {
        try {
            return opener.open(folder, passphrase);
        } catch (ProjectException e) {
            if (e.reason() != Reason.WRONG_PASSPHRASE) {
                throw e;
            }
            throw new ProjectException(Reason.WRONG_PASSPHRASE, "Wrong passphrase for the backup " + backup
                    + ": it needs the passphrase the project had when the backup was made.", e);
        }
    }

    private static void requireMatches(Path backup, BackupManifest manifest, ProjectInfo info)
            throws ProjectException {
        if (!manifest.projectName().equals(info.name())
                || !String.valueOf(manifest.packFingerprint()).equals(info.packFingerprint())) {
            throw BackupArchive.damaged(backup, "the project in it does not match its manifest", null);
        }
    }

    private static void abandon(Project project, Path folder, Path createdRoot) {
        if (project != null) {
            project.close();
        }
        ProjectFolders.undo(folder, createdRoot);
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = Sha256.digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Opens a project folder with a passphrase. */
    @FunctionalInterface
    interface Opener {
        Project open(Path folder, char[] passphrase) throws ProjectException;
    }
}
