package org.ddworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectEncryptionTest {
    private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));

    private final ProjectFixture fixture = new ProjectFixture();

    @TempDir
    Path temp;

    @AfterEach
    void noTraceFiles() {
        ProjectFixture.assertNoTraceFiles(temp);
    }

    @Test
    void markerWrittenIntoTheStoreAppearsInNoFileOnDisk() throws Exception {
        Set<Path> tmpBefore = listing(TMP);
        String marker = "MARKER-" + UUID.randomUUID();
        Path folder = temp.resolve("p");
        try (Project project = fixture.create(folder)) {
            project.activityLog().append("test.marker", "Summary holding " + marker, "{\"note\":\"" + marker + "\"}");
            project.inTransaction(c -> {
                c.createStatement().execute("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(200))");
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO note VALUES (?, ?)")) {
                    for (int i = 0; i < 5_000; i++) {
                        insert.setInt(1, i);
                        insert.setString(2, marker + " row " + i);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                return null;
            });
            // A large sorted result spills into a temporary file in java.io.tmpdir; check it while it exists.
            List<Path> spillHits = project.inTransaction(c -> {
                c.createStatement().execute("SET MAX_MEMORY_ROWS 100");
                try (ResultSet rs = c.createStatement().executeQuery("SELECT text FROM note ORDER BY text DESC")) {
                    rs.next();
                    return newEntries(tmpBefore).stream()
                            .flatMap(p -> ProjectFixture.filesContaining(p, marker, 4).stream()).toList();
                }
            });
            assertThat(spillHits).isEmpty();
        }

        assertThat(ProjectFixture.filesContaining(folder, marker, Integer.MAX_VALUE)).isEmpty();
        for (Path created : newEntries(tmpBefore)) {
            assertThat(ProjectFixture.filesContaining(created, marker, 4)).as("new temp entry %s", created).isEmpty();
        }

        // The marker really is in the store: reopening finds it.
        try (Project project = fixture.open(folder)) {
            assertThat(project.activityLog().entries()).anyMatch(e -> e.summary().contains(marker));
            int rows = project.inTransaction(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM note WHERE text LIKE ?")) {
                    s.setString(1, marker + "%");
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                }
            });
            assertThat(rows).isEqualTo(5_000);
        }
    }

    @Test
    void markerSearchFindsPlainTextInBothEncodings() throws IOException {
        String marker = "MARKER-" + UUID.randomUUID();
        Files.writeString(temp.resolve("plain-utf8.txt"), "x " + marker + " y");
        Files.write(temp.resolve("plain-utf16.txt"), ("x " + marker).getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        assertThat(ProjectFixture.filesContaining(temp, marker, 1)).hasSize(2);
    }

    @Test
    void storeKeyNeverAppearsUnwrappedInTheFolder() throws Exception {
        Path folder = temp.resolve("p");
        fixture.create(folder).close();
        KeyVault vault = new KeyVault(new KeyFileStore(), new PassphraseKeyWrapper(new SecureRandom()),
                new PassphrasePolicy(), ProjectFixture.FAST_ITERATIONS);
        byte[] raw;
        try (StoreKey key = vault.unlock(folder.toAbsolutePath(), ProjectFixture.PASSPHRASE.toCharArray())) {
            raw = key.copy();
        }
        String hex = HexFormat.of().formatHex(raw);
        assertThat(ProjectFixture.filesContaining(folder, hex, 1)).isEmpty();
        assertThat(ProjectFixture.filesContaining(folder, hex.toUpperCase(), 1)).isEmpty();
        assertThat(ProjectFixture.filesContaining(folder, java.util.Base64.getEncoder().encodeToString(raw), 1)).isEmpty();
        for (Path file : List.of(folder.resolve("project.key"), folder.resolve("store.mv.db"))) {
            assertThat(ProjectFixture.indexOf(Files.readAllBytes(file), raw)).as("raw key in %s", file).isEqualTo(-1);
        }
        assertThat(Files.readString(folder.resolve("store.mv.db").toAbsolutePath(),
                java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("H2encrypt\n");
    }

    private static List<Path> newEntries(Set<Path> before) {
        try {
            List<Path> now = new ArrayList<>(listing(TMP));
            now.removeAll(before);
            return now;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<Path> listing(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return new HashSet<>(entries.toList());
        }
    }
}
