package org.ddworkbench.store;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
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

    private final PackReader packReader;
    private final KeyVault vault;
    private final SchemaMigrator migrator = new SchemaMigrator();
    private final ObjectMapper mapper = new ObjectMapper();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();
    private final ProjectBackup backups = new ProjectBackup(new BackupArchive(), mapper, clock);
    private final ProjectRestorer restorer = new ProjectRestorer(new BackupArchive(), this::open, mapper);

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
        Path createdRoot = ProjectFolders.prepareEmpty(folder);
        OpenStore store = new OpenStore(StoreKey.generate(random));
        try {
            store.lock(folder);
        } catch (ProjectException e) {
            // Someone else is creating a project here: their files are not ours to remove.
            store.close();
            ProjectFolders.removeCreated(folder, createdRoot);
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
            return new H2Project(folder, info, pack, store, log, vault, backups, mapper);
        } catch (ProjectException | RuntimeException e) {
            store.close();
            ProjectFolders.undo(folder, createdRoot);
            throw e;
        } catch (IOException | SQLException e) {
            store.close();
            ProjectFolders.undo(folder, createdRoot);
            throw new ProjectException(Reason.IO, "The project could not be created in " + folder
                    + ": writing its files failed.", e);
        }
    }

    @Override
    public Project open(Path dir, char[] passphrase) throws ProjectException {
        Path folder = dir.toAbsolutePath().normalize();
        // Until the key unwraps, nothing is written: a wrong passphrase leaves every byte as it was.
        return openUnlocked(folder, vault.unlock(folder, passphrase), () -> vault.unlock(folder, passphrase).close());
    }

    /**
     * Opens the project in {@code folder} with its already unwrapped store key, which the project then owns. A key
     * change that a stopped process left staged is settled first; {@code stillUnlocks} then checks that the secret
     * the key was unwrapped with still opens the key file in force.
     */
    private H2Project openUnlocked(Path folder, StoreKey key, KeyCheck stillUnlocks) throws ProjectException {
        OpenStore store = new OpenStore(key);
        try {
            store.lock(folder);
            store.openDatabase(folder);
            settleKeyChange(folder, store.database(), stillUnlocks);
            Path storeFile = folder.resolve(StoreDatabase.FILE_NAME);
            String schema = migrator.migrate(store.database().dataSource(), storeFile);
            ProjectRecords.Stored stored = store.database().inTransaction(ProjectRecords::load)
                    .orElseThrow(() -> StoreDatabase.damaged(storeFile, "its project record is missing", null));
            LoadedPack pack = rereadPack(folder, stored);
            ProjectInfo info = new ProjectInfo(stored.name(), stored.createdAt(), stored.packId(),
                    stored.packVersion(), stored.packFingerprint(), schema);
            return new H2Project(folder, info, pack, store, new H2ActivityLog(store.database(), mapper, clock),
                    vault, backups, mapper);
        } catch (ProjectException | RuntimeException e) {
            store.close();
            throw e;
        } catch (SQLException e) {
            store.close();
            throw StoreDatabase.damaged(folder.resolve(StoreDatabase.FILE_NAME), "its tables cannot be read", e);
        }
    }

    private void settleKeyChange(Path folder, StoreDatabase database, KeyCheck stillUnlocks)
            throws ProjectException, SQLException {
        if (!vault.hasStaged(folder)) {
            return;
        }
        Optional<KeyVault.Settled> settled = vault.settleStaged(folder, database.inTransaction(this::lastKeyFileSha256));
        if (settled.isEmpty()) {
            return;
        }
        try {
            stillUnlocks.run();
        } catch (ProjectException e) {
            if (e.reason() != Reason.WRONG_PASSPHRASE) {
                throw e;
            }
            throw new ProjectException(Reason.WRONG_PASSPHRASE, settled.get() == KeyVault.Settled.COMPLETED
                    ? e.getMessage() + " A change of its passphrase or recovery code was interrupted after it had"
                            + " been recorded in the activity log; it is now complete, so use the new one."
                    : e.getMessage() + " A change of its passphrase or recovery code was interrupted before it"
                            + " was recorded, so it did not take place: use the earlier one.", e);
        }
    }

    /** The key-file hash recorded by the newest key change in the activity log, if it records one. */
    private Optional<String> lastKeyFileSha256(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT detail_json FROM activity_log"
                + " WHERE action IN (?, ?, ?) ORDER BY seq DESC FETCH FIRST 1 ROW ONLY")) {
            select.setString(1, H2Project.PASSPHRASE_CHANGED);
            select.setString(2, H2Project.RECOVERY_CODE_MADE);
            select.setString(3, H2Project.RECOVERED);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                JsonNode sha256 = mapper.readTree(rs.getString(1)).path(H2Project.KEY_FILE_SHA256);
                return sha256.isTextual() ? Optional.of(sha256.asText()) : Optional.empty();
            } catch (JacksonException e) {
                return Optional.empty();
            }
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
    public Project restore(Path backupFile, Path newFolder, char[] passphrase) throws ProjectException {
        return restorer.restore(backupFile.toAbsolutePath().normalize(), newFolder.toAbsolutePath().normalize(),
                passphrase);
    }

    @Override
    public String addRecoveryCode(Path dir, char[] passphrase) throws ProjectException {
        try (Project project = open(dir, passphrase)) {
            return project.addRecoveryCode(passphrase);
        }
    }

    @Override
    public void recover(Path dir, char[] recoveryCode, char[] newPassphrase) throws ProjectException {
        Path folder = dir.toAbsolutePath().normalize();
        vault.requireAcceptable(newPassphrase);
        char[] code = RecoveryCode.normalize(recoveryCode);
        try (H2Project project = openUnlocked(folder, vault.unlockWithCode(folder, code),
                () -> vault.unlockWithCode(folder, code).close())) {
            project.resetPassphrase(newPassphrase);
        } finally {
            Arrays.fill(code, '\0');
        }
    }

    /** Checks a secret against the key file, throwing {@link Reason#WRONG_PASSPHRASE} when it does not unlock it. */
    @FunctionalInterface
    private interface KeyCheck {
        void run() throws ProjectException;
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
}
