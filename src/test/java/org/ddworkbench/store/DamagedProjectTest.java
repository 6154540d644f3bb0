package org.ddworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.Random;
import org.ddworkbench.store.ProjectException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DamagedProjectTest {
    private final ProjectFixture fixture = new ProjectFixture();

    @TempDir
    Path temp;

    private Path folder;

    @BeforeEach
    void createProject() throws Exception {
        folder = temp.resolve("p").toAbsolutePath();
        try (Project project = fixture.create(folder)) {
            project.activityLog().append("test.note", "Some work", "{}");
        }
    }

    @AfterEach
    void noTraceFiles() {
        ProjectFixture.assertNoTraceFiles(temp);
    }

    @Test
    void missingStoreFileIsDamaged() throws Exception {
        Files.delete(folder.resolve("store.mv.db"));
        ProjectException e = openFails(Reason.DAMAGED);
        assertThat(e.getMessage()).contains("store.mv.db").contains("missing");
        assertThat(folder.resolve("store.mv.db")).doesNotExist();
    }

    @Test
    void truncatedStoreFileIsDamaged() throws Exception {
        try (FileChannel channel = FileChannel.open(folder.resolve("store.mv.db"), StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
        assertThat(openFails(Reason.DAMAGED).getMessage()).contains("store.mv.db").contains("damaged");
    }

    @Test
    void storeMissingItsLastByteIsDamagedAndNotOverwritten() throws Exception {
        // H2 reads such a store as empty; opening it read-write would replace what a recovery could still save.
        try (FileChannel channel = FileChannel.open(folder.resolve("store.mv.db"), StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 1);
        }
        assertThat(openFails(Reason.DAMAGED).getMessage()).contains("store.mv.db").contains("damaged");
    }

    @Test
    void emptyStoreFileIsDamagedAndLeftEmpty() throws Exception {
        Files.write(folder.resolve("store.mv.db"), new byte[0]);
        assertThat(openFails(Reason.DAMAGED).getMessage()).contains("damaged");
        assertThat(Files.size(folder.resolve("store.mv.db"))).isZero();
    }

    @Test
    void garbageStoreFileIsDamaged() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);
        Files.write(folder.resolve("store.mv.db"), garbage);
        assertThat(openFails(Reason.DAMAGED).getMessage()).contains("store.mv.db").contains("damaged");
    }

    @Test
    void garbageBehindAValidHeaderIsDamaged() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        System.arraycopy(Files.readAllBytes(folder.resolve("store.mv.db")), 0, garbage, 0, 4096);
        Files.write(folder.resolve("store.mv.db"), garbage);
        assertThat(openFails(Reason.DAMAGED).getMessage()).contains("store.mv.db");
    }

    @Test
    void storeFromAnotherProjectDoesNotMatchTheKeyFile() throws Exception {
        Path other = temp.resolve("other");
        fixture.create(other).close();
        Files.copy(other.resolve("store.mv.db"), folder.resolve("store.mv.db"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(openFails(Reason.DAMAGED).getMessage()).contains("key file does not match the store");
    }

    @Test
    void packAlteredInTheStoreIsDamaged() throws Exception {
        changePack("REPLACE(canonical_json, '\"title\":\"', '\"title\":\"Altered ')");
        assertThat(openFailsInside(Reason.DAMAGED).getMessage()).contains("metric pack").contains("fingerprint");
    }

    @Test
    void unreadablePackInTheStoreIsDamaged() throws Exception {
        changePack("'{}'");
        assertThat(openFailsInside(Reason.DAMAGED).getMessage()).contains("metric pack")
                .contains("can no longer be read");
    }

    private void changePack(String newValueSql) throws Exception {
        try (Project project = fixture.open(folder)) {
            int changed = project.inTransaction(c -> {
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE metric_pack SET canonical_json = " + newValueSql)) {
                    return update.executeUpdate();
                }
            });
            assertThat(changed).isEqualTo(1);
        }
    }

    @Test
    void missingKeyFileIsNotAProject() throws Exception {
        Files.delete(folder.resolve("project.key"));
        assertThat(openFails(Reason.NOT_A_PROJECT).getMessage())
                .isEqualTo(folder + " is not a Diligence Workbench project (no project.key).");
    }

    @Test
    void missingFolderIsNotAProject() {
        ProjectException e = catchThrowableOfType(ProjectException.class,
                () -> fixture.open(temp.resolve("nowhere")));
        assertThat(e.reason()).isEqualTo(Reason.NOT_A_PROJECT);
        ProjectFixture.assertReadable(e);
    }

    @Test
    void garbageKeyFileIsDamagedNamingIt() throws Exception {
        Files.writeString(folder.resolve("project.key"), "{ this is not json", StandardCharsets.UTF_8);
        assertThat(openFails(Reason.DAMAGED).getMessage()).contains("project.key").contains(folder.toString());
    }

    @Test
    void keyFileWithoutPassphraseSlotIsDamaged() throws Exception {
        Files.writeString(folder.resolve("project.key"), "{\"format\":\"ddw-key/1\",\"slots\":[]}");
        assertThat(openFails(Reason.DAMAGED).getMessage()).contains("project.key").contains("passphrase slot");
    }

    @Test
    void keyFileOfUnknownFormatIsDamaged() throws Exception {
        String json = Files.readString(folder.resolve("project.key")).replace("ddw-key/1", "ddw-key/9");
        Files.writeString(folder.resolve("project.key"), json);
        assertThat(openFails(Reason.DAMAGED).getMessage()).contains("project.key");
    }

    @Test
    void keyFileWithMangledSaltIsDamaged() throws Exception {
        String json = Files.readString(folder.resolve("project.key"))
                .replaceFirst("\"salt\" : \"[^\"]*\"", "\"salt\" : \"***\"");
        Files.writeString(folder.resolve("project.key"), json);
        assertThat(openFails(Reason.DAMAGED).getMessage()).contains("project.key").contains("salt");
    }

    /** Opens the damaged project, expecting {@code expected}, and checks the attempt changed no byte. */
    private ProjectException openFails(Reason expected) throws ProjectException {
        Map<String, String> before = ProjectFixture.snapshot(folder);
        ProjectException e = openFailsInside(expected);
        assertThat(ProjectFixture.snapshot(folder)).as("files after a refused open").isEqualTo(before);
        return e;
    }

    /**
     * Opens a project whose store decrypts but whose content is wrong, expecting {@code expected}. Such checks
     * run on the store opened for writing, and H2 rewrites its file header on close, so bytes may differ.
     */
    private ProjectException openFailsInside(Reason expected) throws ProjectException {
        ProjectException e = catchThrowableOfType(ProjectException.class, () -> fixture.open(folder));
        assertThat(e).as("open should fail").isNotNull();
        assertThat(e.reason()).as(e.getMessage()).isEqualTo(expected);
        ProjectFixture.assertReadable(e);
        // Every failure releases the lock: a healthy open would not be refused as in use afterwards.
        ProjectLock.acquire(folder).close();
        return e;
    }
}
