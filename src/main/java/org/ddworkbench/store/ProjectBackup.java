package org.ddworkbench.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.ddworkbench.model.ProjectInfo;
import org.ddworkbench.store.ProjectException.Reason;

/**
 * Backs up an open project: H2's {@code BACKUP TO} makes a consistent copy of the still encrypted store while
 * the project stays open, which goes with the key file and a manifest into one backup file; the backup is logged.
 */
final class ProjectBackup {
    private static final long MAX_KEY_FILE = 64 * 1024;
    private static final Logger LOG = Logger.getLogger(ProjectBackup.class.getName());

    private final BackupArchive archive;
    private final ObjectMapper mapper;
    private final Clock clock;

    ProjectBackup(BackupArchive archive, ObjectMapper mapper, Clock clock) {
        this.archive = archive;
        this.mapper = mapper;
        this.clock = clock;
    }

    BackupFile write(Path folder, ProjectInfo info, StoreDatabase database, ActivityLog log, Path target)
            throws ProjectException {
        Path file = target.toAbsolutePath().normalize();
        Path parent = file.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new ProjectException(Reason.IO, "The folder " + parent + " for the backup does not exist.");
        }
        if (file.startsWith(folder)) {
            throw new ProjectException(Reason.IO, "Choose a place outside the project folder " + folder
                    + " for the backup, ideally another disk.");
        }
        BackupFile written;
        Path h2Copy = null;
        try {
            h2Copy = Files.createTempFile(parent, ".ddw-store-", ".zip");
            copyStore(database, h2Copy);
            byte[] keyFile = readKeyFile(folder);
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, info.name(), info.schemaVersion(),
                    info.packId(), info.packVersion(), info.packFingerprint(),
                    clock.instant().truncatedTo(ChronoUnit.MILLIS), 0, null, 0, null);
            try (ZipFile h2Zip = new ZipFile(h2Copy.toFile())) {
                ZipEntry store = h2Zip.getEntry(StoreDatabase.FILE_NAME);
                if (store == null) {
                    throw new ProjectException(Reason.IO, "The database made a backup without the store file "
                            + StoreDatabase.FILE_NAME + "; no backup was written.");
                }
                written = archive.write(file, manifest, keyFile, () -> h2Zip.getInputStream(store));
            }
        } catch (SQLException | ZipException e) {
            throw new ProjectException(Reason.IO, "The project store could not be copied for the backup " + file
                    + ".", e);
        } catch (IOException e) {
            throw new ProjectException(Reason.IO, "The backup " + file + " could not be written: " + e.getMessage(),
                    e);
        } finally {
            deleteQuietly(h2Copy);
        }
        record(log, written);
        return written;
    }

    /** A backup that is not in the log is removed again, so that every copy of the data leaves a trace. */
    private void record(ActivityLog log, BackupFile written) throws ProjectException {
        String detail = mapper.createObjectNode().put("file", String.valueOf(written.file().getFileName()))
                .put("sha256", written.sha256()).put("bytes", written.bytes()).toString();
        try {
            log.append("project.backed-up", "Project backed up to " + written.file().getFileName() + ".", detail);
        } catch (SQLException e) {
            deleteQuietly(written.file());
            throw new ProjectException(Reason.IO, "The backup could not be recorded in the activity log, so it was"
                    + " removed again.", e);
        }
    }

    private static void copyStore(StoreDatabase database, Path h2Copy) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement backup = connection.prepareStatement("BACKUP TO ?")) {
            backup.setString(1, h2Copy.toString());
            backup.execute();
        }
    }

    private static byte[] readKeyFile(Path folder) throws IOException, ProjectException {
        Path keyFile = folder.resolve(KeyFile.FILE_NAME);
        if (Files.size(keyFile) > MAX_KEY_FILE) {
            throw KeyFileStore.damaged(folder, "is damaged: it is far larger than a key file can be", null);
        }
        return Files.readAllBytes(keyFile);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove a temporary copy of the encrypted store", e);
        }
    }
}
