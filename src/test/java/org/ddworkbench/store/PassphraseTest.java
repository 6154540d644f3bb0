package org.ddworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import org.ddworkbench.model.ActivityEntry;
import org.ddworkbench.store.ProjectException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassphraseTest {
    private static final char[] OLD = ProjectFixture.PASSPHRASE.toCharArray();
    private static final char[] NEW = ProjectFixture.OTHER_PASSPHRASE.toCharArray();

    private final ProjectFixture fixture = new ProjectFixture();

    @TempDir
    Path temp;

    @AfterEach
    void noTraceFiles() {
        ProjectFixture.assertNoTraceFiles(temp);
    }

    @Test
    void wrongPassphraseChangesNoByteAndCreatesNoFile() throws Exception {
        Path folder = temp.resolve("p");
        fixture.create(folder).close();
        // The lock file stays after close; remove it so the test also proves a refusal creates none.
        Files.delete(folder.resolve(".lock"));
        Map<String, String> before = ProjectFixture.snapshot(folder);

        ProjectException e = catchThrowableOfType(ProjectException.class,
                () -> fixture.service.open(folder, "not the passphrase at all".toCharArray()));

        assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSPHRASE);
        assertThat(e.getMessage()).isEqualTo("Wrong passphrase for project " + folder.toAbsolutePath() + ".");
        assertThat(ProjectFixture.snapshot(folder)).isEqualTo(before);
    }

    @Test
    void emptyPassphraseIsWrongNotAnError() throws Exception {
        Path folder = temp.resolve("p");
        fixture.create(folder).close();
        ProjectException e = catchThrowableOfType(ProjectException.class,
                () -> fixture.service.open(folder, new char[0]));
        assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSPHRASE);
    }

    @Test
    void changeKeepsDataOpensWithNewAndRefusesOld() throws Exception {
        Path folder = temp.resolve("p");
        try (Project project = fixture.create(folder)) {
            project.activityLog().append("test.note", "Before the change", "{}");
        }
        byte[] storeBefore = Files.readAllBytes(folder.resolve("store.mv.db"));

        fixture.service.changePassphrase(folder, OLD, NEW);

        assertThat(catchThrowableOfType(ProjectException.class, () -> fixture.service.open(folder, OLD)).reason())
                .isEqualTo(Reason.WRONG_PASSPHRASE);
        try (Project project = fixture.service.open(folder, NEW)) {
            assertThat(project.activityLog().entries()).extracting(ActivityEntry::action)
                    .containsExactly("project.created", "test.note", "project.passphrase-changed");
            ActivityEntry change = project.activityLog().entries().get(2);
            assertThat(change.detailJson()).doesNotContain(ProjectFixture.PASSPHRASE)
                    .doesNotContain(ProjectFixture.OTHER_PASSPHRASE);
            assertThat(project.activityLog().verify().intact()).isTrue();
        }
        assertThat(Files.exists(folder.resolve("project.key.tmp"))).isFalse();
        assertThat(Files.exists(folder.resolve("project.key.next"))).isFalse();

        // The store was never re-encrypted: H2's encryption header is unchanged, and the store file as it was
        // before the change opens under the new passphrase with all its data.
        byte[] storeAfter = Files.readAllBytes(folder.resolve("store.mv.db"));
        assertThat(Arrays.copyOf(storeAfter, 4096)).isEqualTo(Arrays.copyOf(storeBefore, 4096));
        Files.write(folder.resolve("store.mv.db"), storeBefore);
        try (Project project = fixture.service.open(folder, NEW)) {
            assertThat(project.activityLog().entries()).extracting(ActivityEntry::action)
                    .containsExactly("project.created", "test.note");
        }
    }

    @Test
    void rewrappingTheKeyLeavesTheStoreByteIdentical() throws Exception {
        Path folder = temp.resolve("p").toAbsolutePath();
        fixture.create(folder).close();
        KeyVault vault = new KeyVault(new KeyFileStore(), new PassphraseKeyWrapper(new SecureRandom()),
                new PassphrasePolicy(), ProjectFixture.FAST_ITERATIONS);
        String storeBefore = ProjectFixture.snapshot(folder).get("store.mv.db");
        String keyBefore = ProjectFixture.snapshot(folder).get("project.key");

        try (StoreKey key = vault.unlock(folder, OLD)) {
            vault.stage(folder, vault.rewrapped(folder, key, OLD, NEW));
            vault.promote(folder);
        }

        assertThat(ProjectFixture.snapshot(folder).get("store.mv.db")).isEqualTo(storeBefore);
        assertThat(ProjectFixture.snapshot(folder).get("project.key")).isNotEqualTo(keyBefore);
        vault.unlock(folder, NEW).close();
        assertThat(catchThrowableOfType(ProjectException.class, () -> vault.unlock(folder, OLD)).reason())
                .isEqualTo(Reason.WRONG_PASSPHRASE);
    }

    @Test
    void changeOnAnOpenProjectUsesNewSaltIvAndAtLeastTheRecordedIterations() throws Exception {
        Path folder = temp.resolve("p");
        fixture.create(folder).close();
        JsonNode before = slot(folder);

        H2ProjectService stronger = new H2ProjectService(fixture.packReader, 2_000);
        try (Project project = stronger.open(folder, OLD)) {
            project.changePassphrase(OLD, NEW);
        }
        JsonNode after = slot(folder);
        assertThat(after.get("salt")).isNotEqualTo(before.get("salt"));
        assertThat(after.get("iv")).isNotEqualTo(before.get("iv"));
        assertThat(after.get("iterations").asInt()).isEqualTo(2_000);

        H2ProjectService weaker = new H2ProjectService(fixture.packReader, 500);
        weaker.changePassphrase(folder, NEW, OLD);
        assertThat(slot(folder).get("iterations").asInt()).isEqualTo(2_000);
    }

    @Test
    void changeRefusesWrongCurrentAndWeakNextChangingNothing() throws Exception {
        Path folder = temp.resolve("p");
        fixture.create(folder).close();
        Map<String, String> before = ProjectFixture.snapshot(folder);

        assertThat(catchThrowableOfType(ProjectException.class,
                () -> fixture.service.changePassphrase(folder, NEW, OLD)).reason()).isEqualTo(Reason.WRONG_PASSPHRASE);
        assertThat(catchThrowableOfType(ProjectException.class,
                () -> fixture.service.changePassphrase(folder, OLD, "short".toCharArray())).reason())
                .isEqualTo(Reason.WEAK_PASSPHRASE);
        assertThat(ProjectFixture.snapshot(folder)).isEqualTo(before);

        try (Project project = fixture.open(folder)) {
            assertThat(catchThrowableOfType(ProjectException.class,
                    () -> project.changePassphrase(NEW, OLD)).reason()).isEqualTo(Reason.WRONG_PASSPHRASE);
            assertThat(catchThrowableOfType(ProjectException.class,
                    () -> project.changePassphrase(OLD, "    ".toCharArray())).reason())
                    .isEqualTo(Reason.WEAK_PASSPHRASE);
            assertThat(project.activityLog().entries()).hasSize(1);
        }
        fixture.open(folder).close();
    }

    private static JsonNode slot(Path folder) throws Exception {
        return new ObjectMapper().readTree(folder.resolve("project.key").toFile()).get("slots").get(0);
    }
}
