package org.ddworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ddworkbench.model.ActivityEntry;
import org.ddworkbench.store.ProjectException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key change stopped between its steps (staged {@code project.key.next}, logged with its hash, moved into
 * place), rebuilt from a completed change: the next open completes a logged change and drops an unlogged one, so
 * the log records a change exactly when the new passphrase works, and exactly one passphrase opens the project.
 */
class InterruptedKeyChangeTest {
    private static final char[] OLD = ProjectFixture.PASSPHRASE.toCharArray();
    private static final char[] NEW = ProjectFixture.OTHER_PASSPHRASE.toCharArray();

    private final ProjectFixture fixture = new ProjectFixture();

    @TempDir
    Path temp;

    /** Stopped after the log entry, before the rename: the change's log entry with the old key file in place. */
    private Path logged;
    /** Stopped after staging, before the log entry: the staged file beside a log that never heard of it. */
    private Path unlogged;
    private byte[] newKeyFile;

    @BeforeEach
    void interruptAChange() throws Exception {
        logged = temp.resolve("logged");
        fixture.create(logged).close();
        unlogged = TestFolders.copy(logged, temp.resolve("unlogged"));
        byte[] oldKeyFile = Files.readAllBytes(logged.resolve(KeyFile.FILE_NAME));

        fixture.service.changePassphrase(logged, OLD, NEW);

        newKeyFile = Files.readAllBytes(logged.resolve(KeyFile.FILE_NAME));
        Files.write(logged.resolve(KeyFileStore.STAGED_NAME), newKeyFile);
        Files.write(logged.resolve(KeyFile.FILE_NAME), oldKeyFile);
        Files.write(unlogged.resolve(KeyFileStore.STAGED_NAME), newKeyFile);
    }

    @AfterEach
    void noTraceFiles() {
        ProjectFixture.assertNoTraceFiles(temp);
    }

    @Test
    void aLoggedChangeIsCompletedWhenTheNewPassphraseOpens() throws Exception {
        try (Project project = fixture.service.open(logged, NEW)) {
            List<ActivityEntry> entries = project.activityLog().entries();
            assertThat(entries).extracting(ActivityEntry::action)
                    .containsExactly("project.created", "project.passphrase-changed");
            assertThat(new ObjectMapper().readTree(entries.get(1).detailJson()).get("keyFileSha256").asText())
                    .isEqualTo(ProjectFixture.sha256(newKeyFile));
            assertThat(project.activityLog().verify().intact()).isTrue();
        }
        assertCompleted();
    }

    @Test
    void aLoggedChangeIsCompletedAndTheOldPassphraseRefusedWithTheReason() throws Exception {
        ProjectException e = catchThrowableOfType(ProjectException.class, () -> fixture.service.open(logged, OLD));

        assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSPHRASE);
        assertThat(e.getMessage()).startsWith("Wrong passphrase for project " + logged.toAbsolutePath() + ".")
                .contains("interrupted after it had been recorded").contains("use the new one");
        assertCompleted();
    }

    @Test
    void anUnloggedChangeIsDroppedWhenTheOldPassphraseOpens() throws Exception {
        try (Project project = fixture.service.open(unlogged, OLD)) {
            assertThat(project.activityLog().entries()).extracting(ActivityEntry::action)
                    .containsExactly("project.created");
        }
        assertDropped();
    }

    @Test
    void anUnloggedChangeIsDroppedAndTheNewPassphraseRefusedWithTheReason() throws Exception {
        ProjectException e = catchThrowableOfType(ProjectException.class, () -> fixture.service.open(unlogged, NEW));

        assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSPHRASE);
        assertThat(e.getMessage()).contains("interrupted before it was recorded").contains("use the earlier one");
        assertDropped();
    }

    @Test
    void aDamagedStagedFileIsDroppedEvenWhenAChangeWasLogged() throws Exception {
        Files.writeString(logged.resolve(KeyFileStore.STAGED_NAME), "{ half a key file");

        fixture.service.open(logged, OLD).close();

        assertThat(logged.resolve(KeyFileStore.STAGED_NAME)).doesNotExist();
        assertRefused(logged, NEW);
    }

    @Test
    void aRecoveryCodeWhoseChangeWasLoggedWorksOnceTheProjectIsOpened() throws Exception {
        Path folder = temp.resolve("recovery");
        fixture.create(folder).close();
        byte[] before = Files.readAllBytes(folder.resolve(KeyFile.FILE_NAME));
        String code = fixture.service.addRecoveryCode(folder, OLD);
        Files.move(folder.resolve(KeyFile.FILE_NAME), folder.resolve(KeyFileStore.STAGED_NAME));
        Files.write(folder.resolve(KeyFile.FILE_NAME), before);

        fixture.service.open(folder, OLD).close();
        fixture.service.recover(folder, code.toCharArray(), NEW);

        fixture.service.open(folder, NEW).close();
        assertThat(folder.resolve(KeyFileStore.STAGED_NAME)).doesNotExist();
    }

    private void assertCompleted() throws Exception {
        assertThat(logged.resolve(KeyFileStore.STAGED_NAME)).doesNotExist();
        assertThat(Files.readAllBytes(logged.resolve(KeyFile.FILE_NAME))).isEqualTo(newKeyFile);
        assertRefused(logged, OLD);
        fixture.service.open(logged, NEW).close();
    }

    private void assertDropped() throws Exception {
        assertThat(unlogged.resolve(KeyFileStore.STAGED_NAME)).doesNotExist();
        assertRefused(unlogged, NEW);
        fixture.service.open(unlogged, OLD).close();
    }

    private void assertRefused(Path folder, char[] passphrase) {
        ProjectException e = catchThrowableOfType(ProjectException.class,
                () -> fixture.service.open(folder, passphrase));
        assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSPHRASE);
        assertThat(e.getMessage()).isEqualTo("Wrong passphrase for project " + folder.toAbsolutePath() + ".");
    }
}
