package org.ddworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.Map;
import org.ddworkbench.model.ActivityEntry;
import org.ddworkbench.pack.LoadedPack;
import org.ddworkbench.store.ProjectException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2ProjectServiceTest {
    private final ProjectFixture fixture = new ProjectFixture();

    @TempDir
    Path temp;

    @AfterEach
    void noTraceFiles() {
        ProjectFixture.assertNoTraceFiles(temp);
    }

    @Test
    void createMakesKeyFileStoreAndEmptyLockAndLogsTheCreation() throws Exception {
        Path folder = temp.resolve("new/engagement");
        try (Project project = fixture.create(folder)) {
            assertThat(project.directory()).isEqualTo(folder.toAbsolutePath());
            assertThat(project.info().name()).isEqualTo("Test engagement");
            assertThat(project.info().packFingerprint()).isEqualTo(fixture.pack().fingerprint());
            assertThat(project.info().schemaVersion()).isEqualTo("6");
            assertThat(project.activityLog().entries()).extracting(ActivityEntry::action)
                    .containsExactly("project.created");
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("project.key", "store.mv.db", ".lock");
        }
        assertThat(Files.size(folder.resolve(".lock"))).isZero();
        assertThat(fixture.service.isProject(folder)).isTrue();
    }

    @Test
    void openReadsBackNamePackAndLog() throws Exception {
        Path folder = temp.resolve("p");
        ProjectInfoSnapshot created;
        try (Project project = fixture.create(folder)) {
            created = new ProjectInfoSnapshot(project);
        }
        try (Project project = fixture.open(folder)) {
            assertThat(new ProjectInfoSnapshot(project)).isEqualTo(created);
            assertThat(project.pack().fingerprint()).isEqualTo(fixture.pack().fingerprint());
            assertThat(project.activityLog().verify().intact()).isTrue();
        }
    }

    @Test
    void createRefusesWeakPassphraseAndCreatesNothing() {
        Path folder = temp.resolve("weak");
        ProjectException e = catchThrowableOfType(ProjectException.class,
                () -> fixture.service.create(folder, "x", "short".toCharArray(), fixture.pack()));
        assertThat(e.reason()).isEqualTo(Reason.WEAK_PASSPHRASE);
        assertThat(e.getMessage()).contains("at least 10");
        assertThat(folder).doesNotExist();
        assertThatThrownBy(() -> fixture.service.create(folder, "x", "            ".toCharArray(), fixture.pack()))
                .isInstanceOf(ProjectException.class).extracting("reason").isEqualTo(Reason.WEAK_PASSPHRASE);
    }

    @Test
    void createRefusesNonEmptyFolderAndLeavesItUnchanged() throws Exception {
        Path folder = temp.resolve("busy");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("notes.txt"), "someone else's notes");
        Map<String, String> before = ProjectFixture.snapshot(folder);

        ProjectException e = catchThrowableOfType(ProjectException.class, () -> fixture.create(folder));

        assertThat(e.reason()).isEqualTo(Reason.ALREADY_EXISTS);
        assertThat(e.getMessage()).contains(folder.toString()).contains("not empty");
        ProjectFixture.assertReadable(e);
        assertThat(ProjectFixture.snapshot(folder)).isEqualTo(before);
    }

    @Test
    void createOnTopOfAnOpenProjectIsRefused() throws Exception {
        Path folder = temp.resolve("p");
        try (Project first = fixture.create(folder)) {
            assertThatThrownBy(() -> fixture.create(folder)).isInstanceOf(ProjectException.class)
                    .extracting("reason").isEqualTo(Reason.ALREADY_EXISTS);
            assertThat(first.activityLog().verify().intact()).isTrue();
        }
    }

    @Test
    void failedCreationRemovesEverythingItMade() throws Exception {
        LoadedPack good = fixture.pack();
        // A fingerprint longer than the column makes the first insert fail after key file and store exist.
        LoadedPack bad = new LoadedPack(good.pack(), good.canonicalJson(), "f".repeat(65));
        Path existing = temp.resolve("empty");
        Files.createDirectories(existing);
        Path missing = temp.resolve("missing/deeper");

        assertThatThrownBy(() -> fixture.service.create(existing, "x", ProjectFixture.PASSPHRASE.toCharArray(), bad))
                .isInstanceOf(ProjectException.class);
        assertThatThrownBy(() -> fixture.service.create(missing, "x", ProjectFixture.PASSPHRASE.toCharArray(), bad))
                .isInstanceOf(ProjectException.class);

        try (var files = Files.list(existing)) {
            assertThat(files).isEmpty();
        }
        assertThat(temp.resolve("missing")).doesNotExist();
    }

    @Test
    void defaultServiceWritesTheProductionIterationCount() throws Exception {
        H2ProjectService production = new H2ProjectService(fixture.packReader);
        Path folder = temp.resolve("prod");
        production.create(folder, "p", ProjectFixture.PASSPHRASE.toCharArray(), fixture.pack()).close();

        JsonNode keyFile = new ObjectMapper().readTree(folder.resolve("project.key").toFile());
        assertThat(keyFile.get("format").asText()).isEqualTo("ddw-key/1");
        JsonNode slot = keyFile.get("slots").get(0);
        assertThat(slot.get("id").asText()).isEqualTo("passphrase");
        assertThat(slot.get("kdf").asText()).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat(slot.get("iterations").asInt())
                .isEqualTo(H2ProjectService.DEFAULT_KDF_ITERATIONS).isGreaterThanOrEqualTo(600_000);
        assertThat(Base64.getDecoder().decode(slot.get("salt").asText())).hasSizeGreaterThanOrEqualTo(16);
        assertThat(Base64.getDecoder().decode(slot.get("iv").asText())).hasSize(12);
        assertThat(Base64.getDecoder().decode(slot.get("wrappedKey").asText())).hasSize(32 + 16);

        // A fast service still opens it, using the count recorded in the slot.
        try (Project project = fixture.open(folder)) {
            assertThat(project.info().name()).isEqualTo("p");
        }
    }

    @Test
    void transactionsCommitOrRollBackAsAWhole() throws Exception {
        try (Project project = fixture.create(temp.resolve("p"))) {
            project.inTransaction(c -> c.createStatement().executeUpdate("CREATE TABLE t (v INT)"));
            assertThatThrownBy(() -> project.inTransaction(c -> {
                c.createStatement().executeUpdate("INSERT INTO t VALUES (1)");
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            int rows = project.inTransaction(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM t");
                        ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(rows).isZero();
        }
    }

    @Test
    void isProjectNeedsKeyFileAndStore() throws Exception {
        assertThat(fixture.service.isProject(temp)).isFalse();
        Path folder = temp.resolve("p");
        fixture.create(folder).close();
        Files.delete(folder.resolve("store.mv.db"));
        assertThat(fixture.service.isProject(folder)).isFalse();
    }

    /** The fields of ProjectInfo that must survive a close and reopen. */
    private record ProjectInfoSnapshot(String name, java.time.Instant createdAt, String packId, String packVersion,
            String fingerprint, String schema) {
        ProjectInfoSnapshot(Project p) {
            this(p.info().name(), p.info().createdAt(), p.info().packId(), p.info().packVersion(),
                    p.info().packFingerprint(), p.info().schemaVersion());
        }
    }
}
