package org.ddworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import org.ddworkbench.cli.CliHarness.Result;
import org.ddworkbench.model.ActivityEntry;
import org.ddworkbench.model.ChainVerification;
import org.ddworkbench.model.ProjectInfo;
import org.ddworkbench.pack.LoadedPack;
import org.ddworkbench.store.ActivityLog;
import org.ddworkbench.store.BackupFile;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.ProjectService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failure paths that a real store cannot be made to show on demand: a broken chain, a programming error. */
class CliFailureTest {
    @TempDir
    Path temp;

    @Test
    void verifyExitsWithOneAndNamesTheFirstBrokenEntry() {
        ChainVerification broken = new ChainVerification(false, 7, 4, "hash of entry 4 does not match");
        CliHarness cli = new CliHarness(temp, new StubProjects(new StubLog(broken)));
        Result result = cli.run("any passphrase here", "verify", temp.resolve("p").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("ddw: ").contains("broken at entry 4", "hash of entry 4 does not match");
        assertThat(result.out()).isEmpty();

        Result info = cli.run("any passphrase here", "info", temp.resolve("p").toString());
        assertThat(info.exitCode()).isZero();
        assertThat(info.out()).contains("BROKEN at entry 4");
    }

    @Test
    void unexpectedErrorsSaySoInOneLineAndPointToDebug() {
        CliHarness cli = new CliHarness(temp, new StubProjects(null));
        Result result = cli.run("any passphrase here", "verify", temp.resolve("p").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("ddw: unexpected error: IllegalStateException: store exploded"
                + " (run with --debug for details)" + System.lineSeparator());

        Result debug = cli.run("any passphrase here", "--debug", "verify", temp.resolve("p").toString());
        assertThat(debug.err()).contains("java.lang.IllegalStateException: store exploded", "\tat ");
    }

    /** Opens every folder onto a project with the given log; a null log stands for a store that throws. */
    private record StubProjects(ActivityLog log) implements ProjectService {
        @Override
        public Project create(Path dir, String name, char[] passphrase, LoadedPack pack) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Project open(Path dir, char[] passphrase) {
            if (log == null) {
                throw new IllegalStateException("store exploded");
            }
            return new StubProject(dir, log);
        }

        @Override
        public void changePassphrase(Path dir, char[] oldPassphrase, char[] newPassphrase) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Project restore(Path backupFile, Path newFolder, char[] passphrase) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String addRecoveryCode(Path dir, char[] passphrase) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void recover(Path dir, char[] recoveryCode, char[] newPassphrase) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isProject(Path dir) {
            return true;
        }
    }

    private record StubProject(Path directory, ActivityLog activityLog) implements Project {
        @Override
        public ProjectInfo info() {
            return new ProjectInfo("Stub", Instant.EPOCH, "stub-pack", "1.0.0", "0".repeat(64), "1");
        }

        @Override
        public LoadedPack pack() {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T inTransaction(SqlWork<T> work) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void changePassphrase(char[] current, char[] next) {
            throw new UnsupportedOperationException();
        }

        @Override
        public BackupFile backup(Path target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String addRecoveryCode(char[] passphrase) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
            // nothing to release
        }
    }

    private record StubLog(ChainVerification verification) implements ActivityLog {
        @Override
        public ActivityEntry append(String action, String summary, String detailJson) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ActivityEntry append(Connection connection, String action, String summary, String detailJson) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ActivityEntry> entries() {
            return List.of();
        }

        @Override
        public ChainVerification verify() {
            return verification;
        }
    }
}
