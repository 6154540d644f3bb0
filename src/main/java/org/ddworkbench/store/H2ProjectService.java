package org.ddworkbench.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ddworkbench.model.ProjectInfo;
import org.ddworkbench.pack.LoadedPack;
import org.ddworkbench.pack.PackException;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.store.ProjectException.Reason;

/**
 * Creates, opens and re-keys project folders: {@code project.key} (the store key wrapped under the passphrase),
 * {@code store.mv.db} (the H2 store encrypted with that key) and {@code .lock} (held while open).
 */
public final class H2ProjectService implements ProjectService {
    /** PBKDF2 iterations for new key files (OWASP 2023 advice for PBKDF2-HMAC-SHA256). */
    public static final int DEFAULT_KDF_ITERATIONS = 600_000;
    private static final Logger LOG = Logger.getLogger(H2ProjectService.class.getName());

    private final PackReader packReader;
    private final KeyVault vault;
    private final SchemaMigrator migrator = new SchemaMigrator();
    private final ObjectMapper mapper = new ObjectMapper();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    public H2ProjectService(PackReader packReader) {
        this(packReader, DEFAULT_KDF_ITERATIONS);
    }

    /** For tests: {@code kdfIterations} for new key files; existing files keep the count they record. */
    public H2ProjectService(PackReader packReader, int kdfIterations) {
        if (kdfIterations < 1 || kdfIterations > PassphraseKeyWrapper.MAX_ITERATIONS) {
            throw new IllegalArgumentException("kdfIterations out of range: " + kdfIterations);
        }
        this.packReader = packReader;
        this.vault = new KeyVault(new KeyFileStore(), new PassphraseKeyWrapper(random), new PassphrasePolicy(),
                kdfIterations);
    }

    @Override
    public Project create(Path dir, String name, char[] passphrase, LoadedPack pack) throws ProjectException {
        Objects.requireNonNull(pack, "pack");
        Path folder = dir.toAbsolutePath().normalize();
        vault.requireAcceptable(passphrase);
        String projectName = name == null || name.isBlank() ? String.valueOf(folder.getFileName()) : name.strip();
        Path createdRoot = prepareEmptyFolder(folder);
        OpenStore store = new OpenStore(StoreKey.generate(random));
        try {
            store.lock(folder);
        } catch (ProjectException e) {
            // Someone else is creating a project here: their files are not ours to remove.
            store.close();
            removeCreatedFolders(folder, createdRoot);
            throw e;
        }
        try {
            vault.writeNew(folder, store.key(), passphrase);
            store.createDatabase(folder);
            String schema = migrator.migrate(store.database().dataSource(), folder.resolve(StoreDatabase.FILE_NAME));
            H2ActivityLog log = new H2ActivityLog(store.database(), mapper, clock);
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            String detail = mapper.createObjectNode().put("name", projectName).put("packId", pack.pack().id())
                    .put("packVersion", pack.pack().version()).put("packFingerprint", pack.fingerprint()).toString();
            store.database().inTransaction(connection -> {
                ProjectRecords.insert(connection, projectName, now, pack);
                return log.append(connection, "project.created", "Project created with metric pack "
                        + pack.pack().id() + " (version " + pack.pack().version() + ").", detail);
            });
            ProjectInfo info = new ProjectInfo(projectName, now, pack.pack().id(), pack.pack().version(),
                    pack.fingerprint(), schema);
            return new H2Project(folder, info, pack, store, log, vault, mapper);
        } catch (ProjectException | RuntimeException e) {
            undoCreate(store, folder, createdRoot);
            throw e;
        } catch (IOException | SQLException e) {
            undoCreate(store, folder, createdRoot);
            throw new ProjectException(Reason.IO, "The project could not be created in " + folder
                    + ": writing its files failed.", e);
        }
    }

    @Override
    public Project open(Path dir, char[] passphrase) throws ProjectException {
        Path folder = dir.toAbsolutePath().normalize();
        // Until the key unwraps, nothing is written: a wrong passphrase leaves every byte as it was.
        OpenStore store = new OpenStore(vault.unlock(folder, passphrase));
        try {
            store.lock(folder);
            store.openDatabase(folder);
            Path storeFile = folder.resolve(StoreDatabase.FILE_NAME);
            String schema = migrator.migrate(store.database().dataSource(), storeFile);
            ProjectRecords.Stored stored = store.database().inTransaction(ProjectRecords::load)
                    .orElseThrow(() -> StoreDatabase.damaged(storeFile, "its project record is missing", null));
            LoadedPack pack = rereadPack(folder, stored);
            ProjectInfo info = new ProjectInfo(stored.name(), stored.createdAt(), stored.packId(),
                    stored.packVersion(), stored.packFingerprint(), schema);
            return new H2Project(folder, info, pack, store, new H2ActivityLog(store.database(), mapper, clock),
                    vault, mapper);
        } catch (ProjectException | RuntimeException e) {
            store.close();
            throw e;
        } catch (SQLException e) {
            store.close();
            throw StoreDatabase.damaged(folder.resolve(StoreDatabase.FILE_NAME), "its tables cannot be read", e);
        }
    }

    @Override
    public void changePassphrase(Path dir, char[] oldPassphrase, char[] newPassphrase) throws ProjectException {
        Path folder = dir.toAbsolutePath().normalize();
        vault.unlock(folder, oldPassphrase).close();
        vault.requireAcceptable(newPassphrase);
        try (Project project = open(folder, oldPassphrase)) {
            project.changePassphrase(oldPassphrase, newPassphrase);
        }
    }

    @Override
    public boolean isProject(Path dir) {
        return Files.isRegularFile(dir.resolve(KeyFile.FILE_NAME))
                && Files.isRegularFile(dir.resolve(StoreDatabase.FILE_NAME));
    }

    private LoadedPack rereadPack(Path folder, ProjectRecords.Stored stored) throws ProjectException {
        LoadedPack pack;
        try {
            pack = packReader.read(new ByteArrayInputStream(stored.canonicalJson().getBytes(StandardCharsets.UTF_8)),
                    "metric pack in project");
        } catch (PackException e) {
            throw new ProjectException(Reason.DAMAGED, "The metric pack stored in the project " + folder
                    + " can no longer be read: " + e.getMessage(), e);
        }
        if (!pack.fingerprint().equals(stored.packFingerprint())) {
            throw new ProjectException(Reason.DAMAGED, "The metric pack stored in the project " + folder
                    + " does not match its recorded fingerprint; the store has been altered or damaged.");
        }
        return pack;
    }

    /** Makes sure {@code folder} exists and is empty; returns the highest folder this call created, or null. */
    private static Path prepareEmptyFolder(Path folder) throws ProjectException {
        try {
            if (Files.exists(folder)) {
                if (!Files.isDirectory(folder)) {
                    throw new ProjectException(Reason.ALREADY_EXISTS, folder + " already exists and is not a folder.");
                }
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                    if (entries.iterator().hasNext()) {
                        throw new ProjectException(Reason.ALREADY_EXISTS, "The folder " + folder + " is not empty."
                                + " Choose a new or empty folder for the project.");
                    }
                }
                return null;
            }
            Path highestMissing = folder;
            while (highestMissing.getParent() != null && Files.notExists(highestMissing.getParent())) {
                highestMissing = highestMissing.getParent();
            }
            Files.createDirectories(folder);
            return highestMissing;
        } catch (IOException e) {
            throw new ProjectException(Reason.IO, "The folder " + folder + " could not be created or read.", e);
        }
    }

    /**
     * Leaves the folder as it was. It was empty or missing and this process holds its lock, so everything in it
     * now is ours to remove.
     */
    private static void undoCreate(OpenStore store, Path folder, Path createdRoot) {
        store.close();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                Files.deleteIfExists(entry);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove a half-created project", e);
        }
        removeCreatedFolders(folder, createdRoot);
    }

    /** Removes the folders create made, from {@code folder} up to {@code createdRoot}, as long as they are empty. */
    private static void removeCreatedFolders(Path folder, Path createdRoot) {
        if (createdRoot == null) {
            return;
        }
        try {
            for (Path p = folder; p != null && p.startsWith(createdRoot); p = p.getParent()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove a folder made for a project that was not created", e);
        }
    }
}
