package org.ddworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.ddworkbench.model.ActivityEntry;
import org.ddworkbench.model.ChainVerification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityLogTest {
    private final ProjectFixture fixture = new ProjectFixture();

    @TempDir
    Path temp;

    private Project project;

    @BeforeEach
    void createWithFiveEntries() throws Exception {
        project = fixture.create(temp.resolve("p"));
        for (int i = 2; i <= 5; i++) {
            project.activityLog().append("test.step", "Step " + i, "{\"step\":" + i + "}");
        }
    }

    @AfterEach
    void close() {
        project.close();
        ProjectFixture.assertNoTraceFiles(temp);
    }

    @Test
    void entriesFormAHashChainFromGenesis() throws Exception {
        List<ActivityEntry> entries = project.activityLog().entries();
        assertThat(entries).extracting(ActivityEntry::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(entries.get(0).previousHash()).isEqualTo("0".repeat(64));
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).previousHash()).isEqualTo(entries.get(i - 1).hash());
        }
        assertThat(entries).allSatisfy(e -> assertThat(e.packFingerprint()).isEqualTo(fixture.pack().fingerprint()));
        assertThat(project.activityLog().verify()).isEqualTo(
                new ChainVerification(true, 5, 0, "All 5 entries are intact."));
    }

    @Test
    void chainStillVerifiesAfterReopening() throws Exception {
        List<ActivityEntry> before = project.activityLog().entries();
        project.close();
        project = fixture.open(temp.resolve("p"));
        assertThat(project.activityLog().entries()).isEqualTo(before);
        assertThat(project.activityLog().verify().intact()).isTrue();
    }

    @Test
    void databaseRefusesUpdateAndDelete() throws Exception {
        assertThatThrownBy(() -> execute("UPDATE activity_log SET summary = 'rewritten' WHERE seq = 3"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("DELETE FROM activity_log WHERE seq = 5"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThat(project.activityLog().entries()).hasSize(5);
        assertThat(project.activityLog().verify().intact()).isTrue();
    }

    @Test
    void alteredSummaryFailsVerificationNamingItsSeq() throws Exception {
        ((H2Project) project).dropAppendOnlyGuard();
        execute("UPDATE activity_log SET summary = 'Nothing was exported' WHERE seq = 3");

        ChainVerification result = project.activityLog().verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(3);
        assertThat(result.message()).contains("Entry 3").contains("changed");
    }

    @Test
    void deletedMiddleEntryIsDetected() throws Exception {
        ((H2Project) project).dropAppendOnlyGuard();
        execute("DELETE FROM activity_log WHERE seq = 3");

        ChainVerification result = project.activityLog().verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(4);
        assertThat(result.message()).contains("entry 3 is missing");
    }

    @Test
    void deletedAndRenumberedEntryStillBreaksTheChain() throws Exception {
        ((H2Project) project).dropAppendOnlyGuard();
        execute("DELETE FROM activity_log WHERE seq = 3");
        execute("UPDATE activity_log SET seq = 3 WHERE seq = 4");
        execute("UPDATE activity_log SET seq = 4 WHERE seq = 5");

        ChainVerification result = project.activityLog().verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(3);
    }

    @Test
    void emptiedLogIsNotIntact() throws Exception {
        ((H2Project) project).dropAppendOnlyGuard();
        execute("DELETE FROM activity_log");
        assertThat(project.activityLog().verify().intact()).isFalse();
    }

    @Test
    void appendJoinsTheCallersTransaction() throws Exception {
        assertThatThrownBy(() -> project.inTransaction(c -> {
            project.activityLog().append(c, "import.completed", "Imported a file", "{}");
            throw new SQLException("the import failed");
        })).hasMessage("the import failed");
        assertThat(project.activityLog().entries()).hasSize(5);

        project.inTransaction(c -> project.activityLog().append(c, "import.completed", "Imported a file", "{}"));
        assertThat(project.activityLog().entries()).hasSize(6);
        assertThat(project.activityLog().verify().intact()).isTrue();
    }

    @Test
    void detailMustBeAJsonObject() {
        assertThatThrownBy(() -> project.activityLog().append("x.y", "s", "[1, 2]"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> project.activityLog().append("x.y", "s", "not json"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void execute(String sql) throws SQLException {
        project.inTransaction(c -> {
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                return statement.executeUpdate();
            }
        });
    }
}
