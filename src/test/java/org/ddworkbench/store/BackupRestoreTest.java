package org.ddworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.ddworkbench.App;
import org.ddworkbench.model.ActivityEntry;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.sample.SampleProject;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreTest {
    private static final char[] SAMPLE_PASSPHRASE = SampleProject.PASSPHRASE.toCharArray();

    @TempDir
    static Path shared;

    private static Path sample;
    private static H2ProjectService service;

    @TempDir
    Path temp;

    private final ProjectFixture fixture = new ProjectFixture();

    @BeforeAll
    static void buildSample() throws Exception {
        JsonPackReader reader = new JsonPackReader();
        service = new H2ProjectService(reader, ProjectFixture.FAST_ITERATIONS);
        App app = new App(shared.resolve("home"), reader, service);
        sample = new SampleProject(app.projects(), app.packReader(), app.imports(), app.checks())
                .ensure(shared.resolve("built"), ProgressListener.NONE, new CancellationToken());
    }

    @Test
    void backupWhileOpenRestoresTheSameSuppliersFindingsAndLogToANewFolder() throws Exception {
        Path file = temp.resolve("sample.ddwbackup");
        List<String> suppliers;
        List<String> findings;
        List<ActivityEntry> entriesAtBackup;
        BackupFile backup;
        try (Project project = service.open(sample, SAMPLE_PASSPHRASE)) {
            suppliers = rows(project, "SELECT * FROM supplier ORDER BY id");
            findings = rows(project, "SELECT * FROM finding ORDER BY id");
            entriesAtBackup = project.activityLog().entries();
            backup = project.backup(file);
            ActivityEntry logged = last(project.activityLog().entries());
            assertThat(logged.action()).isEqualTo("project.backed-up");
            assertThat(logged.detailJson()).contains("sample.ddwbackup", backup.sha256());
        }
        assertThat(backup.file()).isEqualTo(file);
        assertThat(Files.size(file)).isEqualTo(backup.bytes());
        assertThat(ProjectFixture.sha256(Files.readAllBytes(file))).isEqualTo(backup.sha256());
        assertThat(suppliers).isNotEmpty();
        assertThat(findings).isNotEmpty();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            byte[] head = zip.getInputStream(zip.getEntry(StoreDatabase.FILE_NAME)).readNBytes(10);
            assertThat(new String(head, StandardCharsets.ISO_8859_1))
                    .as("the store in the backup is still encrypted").isEqualTo("H2encrypt\n");
        }
        for (String name : supplierNames()) {
            assertThat(ProjectFixture.filesContaining(temp, name, 1)).as(name).isEmpty();
        }

        Path restored = temp.resolve("restored");
        try (Project project = service.restore(file, restored, SAMPLE_PASSPHRASE)) {
            assertThat(project.directory()).isEqualTo(restored);
            assertThat(rows(project, "SELECT * FROM supplier ORDER BY id")).isEqualTo(suppliers);
            assertThat(rows(project, "SELECT * FROM finding ORDER BY id")).isEqualTo(findings);
            List<ActivityEntry> entries = project.activityLog().entries();
            assertThat(entries.subList(0, entries.size() - 1)).isEqualTo(entriesAtBackup);
            assertThat(last(entries).action()).isEqualTo("project.restored");
            assertThat(last(entries).detailJson()).contains(backup.sha256());
            assertThat(project.activityLog().verify().intact()).isTrue();
        }
        assertThat(Files.list(temp).map(p -> p.getFileName().toString()))
                .as("no temporary file is left beside the backup").containsExactlyInAnyOrder("sample.ddwbackup",
                        "restored");
    }

    @Test
    void restoreRefusesAFolderThatIsNotEmptyAndLeavesItAlone() throws Exception {
        Path file = smallBackup();
        Path occupied = Files.createDirectories(temp.resolve("occupied"));
        Files.writeString(occupied.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> service.restore(file, occupied, ProjectFixture.PASSPHRASE.toCharArray()))
                .isInstanceOfSatisfying(ProjectException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProjectException.Reason.ALREADY_EXISTS))
                .hasMessageContaining("not empty");
        assertThat(ProjectFixture.snapshot(occupied)).containsOnlyKeys("notes.txt");
    }

    @Test
    void restoreRefusesATruncatedFileNamingItAndRemovesTheNewFolder() throws Exception {
        Path file = smallBackup();
        byte[] bytes = Files.readAllBytes(file);
        Path truncated = Files.write(temp.resolve("cut.ddwbackup"), Arrays.copyOf(bytes, bytes.length / 2));
        Path target = temp.resolve("new");

        assertThatThrownBy(() -> service.restore(truncated, target, ProjectFixture.PASSPHRASE.toCharArray()))
                .isInstanceOf(ProjectException.class).hasMessageContaining(truncated.toString());
        assertThat(target).doesNotExist();
    }

    @Test
    void restoreRefusesAWrongPassphraseAndRemovesTheNewFolder() throws Exception {
        Path file = smallBackup();
        Path target = temp.resolve("new");

        assertThatThrownBy(() -> service.restore(file, target, ProjectFixture.OTHER_PASSPHRASE.toCharArray()))
                .isInstanceOfSatisfying(ProjectException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProjectException.Reason.WRONG_PASSPHRASE))
                .hasMessageContaining(file.toString());
        assertThat(target).doesNotExist();
    }

    @Test
    void restoreRefusesAForeignZipWithoutWritingOutsideTheNewFolder() throws Exception {
        Path foreign = temp.resolve("foreign.ddwbackup");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(foreign))) {
            zip.putNextEntry(new ZipEntry("../escaped.txt"));
            zip.write("outside".getBytes());
            zip.closeEntry();
        }
        Path target = temp.resolve("new");

        assertThatThrownBy(() -> service.restore(foreign, target, ProjectFixture.PASSPHRASE.toCharArray()))
                .isInstanceOf(ProjectException.class).hasMessageContaining("not a Diligence Workbench backup")
                .hasMessageContaining(foreign.toString());
        assertThat(target).doesNotExist();
        assertThat(temp.resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void restoreRefusesABackupWhoseStoreWasAltered() throws Exception {
        Path file = smallBackup();
        Path altered = temp.resolve("altered.ddwbackup");
        try (ZipFile in = new ZipFile(file.toFile());
                OutputStream out = Files.newOutputStream(altered);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : List.of(BackupManifest.FILE_NAME, KeyFile.FILE_NAME, StoreDatabase.FILE_NAME)) {
                byte[] bytes = in.getInputStream(in.getEntry(name)).readAllBytes();
                if (name.equals(StoreDatabase.FILE_NAME)) {
                    bytes[bytes.length / 2] ^= 1;
                }
                zip.putNextEntry(new ZipEntry(name));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        Path target = temp.resolve("new");

        assertThatThrownBy(() -> service.restore(altered, target, ProjectFixture.PASSPHRASE.toCharArray()))
                .isInstanceOfSatisfying(ProjectException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProjectException.Reason.DAMAGED))
                .hasMessageContaining(altered.toString());
        assertThat(target).doesNotExist();
    }

    @Test
    void backupRefusesATargetInsideTheProjectFolder() throws Exception {
        Path folder = temp.resolve("p");
        try (Project project = fixture.create(folder)) {
            assertThatThrownBy(() -> project.backup(folder.resolve("inside.ddwbackup")))
                    .isInstanceOf(ProjectException.class).hasMessageContaining("outside the project folder");
        }
        assertThat(folder.resolve("inside.ddwbackup")).doesNotExist();
    }

    private Path smallBackup() throws Exception {
        Path file = temp.resolve("small.ddwbackup");
        try (Project project = fixture.create(temp.resolve("original"))) {
            project.backup(file);
        }
        return file;
    }

    private static List<String> supplierNames() throws Exception {
        try (Project project = service.open(sample, SAMPLE_PASSPHRASE)) {
            return project.inTransaction(c -> {
                List<String> names = new ArrayList<>();
                try (PreparedStatement select = c.prepareStatement("SELECT name FROM supplier");
                        ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                return names;
            });
        }
    }

    private static List<String> rows(Project project, String sql) throws Exception {
        return project.inTransaction(c -> {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(sql); ResultSet rs = select.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.append(rs.getString(i)).append('|');
                    }
                    rows.add(row.toString());
                }
            }
            return rows;
        });
    }

    private static ActivityEntry last(List<ActivityEntry> entries) {
        return entries.get(entries.size() - 1);
    }
}
