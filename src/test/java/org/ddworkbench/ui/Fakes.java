package org.ddworkbench.ui;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ddworkbench.model.ActivityEntry;
import org.ddworkbench.model.ChainVerification;
import org.ddworkbench.model.ProjectInfo;
import org.ddworkbench.pack.LoadedPack;
import org.ddworkbench.store.ActivityLog;
import org.ddworkbench.store.BackupFile;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.ProjectException;
import org.ddworkbench.store.ProjectService;

/** Stand-ins for the store and the dialogs, so view models can be tested without a database or a window. */
public final class Fakes {
    private Fakes() {
    }

    /** A dialog service that records what would have been shown and answers from prepared values. */
    public static final class RecordingDialogs implements DialogService {
        public final List<String> failures = new ArrayList<>();
        public final List<String> information = new ArrayList<>();
        public final List<String> recoveryCodes = new ArrayList<>();
        public Optional<PassphraseChange> nextRecovery = Optional.empty();
        public Optional<Path> nextDirectory = Optional.empty();
        public Optional<Path> nextFile = Optional.empty();
        public Optional<PassphraseChange> nextPassphraseChange = Optional.empty();
        public Optional<Path> nextSaveFile = Optional.empty();
        public Optional<char[]> nextPassphrase = Optional.empty();

        @Override
        public void showFailure(String title, Throwable failure) {
            failures.add(title + ": " + Failures.userMessage(failure));
        }

        @Override
        public void showInformation(String title, String message) {
            information.add(title + ": " + message);
        }

        @Override
        public Optional<Path> chooseDirectory(String title, Path initial) {
            return nextDirectory;
        }

        @Override
        public Optional<Path> chooseFile(String title, String filterDescription, String extension) {
            return nextFile;
        }

        @Override
        public Optional<PassphraseChange> askPassphraseChange() {
            return nextPassphraseChange;
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription,
                String extension) {
            return nextSaveFile;
        }

        @Override
        public Optional<char[]> askPassphrase(String title, String message) {
            return nextPassphrase;
        }

        @Override
        public Optional<PassphraseChange> askRecovery() {
            return nextRecovery;
        }

        @Override
        public void showRecoveryCode(String projectName, String code) {
            recoveryCodes.add(code);
        }
    }

    /** An activity log with prepared entries and verification, or one that fails to read. */
    public static final class FakeActivityLog implements ActivityLog {
        public final List<ActivityEntry> entries = new ArrayList<>();
        public ChainVerification verification = new ChainVerification(true, 0, 0, "");
        public SQLException failure;

        public void add(String action, String summary) {
            long seq = entries.size() + 1;
            entries.add(new ActivityEntry(seq, Instant.parse("2025-03-01T10:15:30Z").plusSeconds(seq * 60), action,
                    summary, "{}", "ab12", "0".repeat(64), "1".repeat(64)));
            verification = new ChainVerification(true, entries.size(), 0, "");
        }

        @Override
        public ActivityEntry append(String action, String summary, String detailJson) {
            add(action, summary);
            return entries.get(entries.size() - 1);
        }

        @Override
        public ActivityEntry append(Connection connection, String action, String summary, String detailJson) {
            return append(action, summary, detailJson);
        }

        @Override
        public List<ActivityEntry> entries() throws SQLException {
            if (failure != null) {
                throw failure;
            }
            return List.copyOf(entries);
        }

        @Override
        public ChainVerification verify() throws SQLException {
            if (failure != null) {
                throw failure;
            }
            return verification;
        }
    }

    /** An open project held in memory. */
    public static final class FakeProject implements Project {
        public final Path directory;
        public final String name;
        public final FakeActivityLog log = new FakeActivityLog();
        public boolean closed;
        public char[] lastCurrent;
        public char[] lastNext;
        public ProjectException changeFailure;

        public FakeProject(Path directory, String name) {
            this.directory = directory;
            this.name = name;
            log.add("project.created", "Project created.");
        }

        @Override
        public Path directory() {
            return directory;
        }

        @Override
        public ProjectInfo info() {
            LoadedPack pack = pack();
            return new ProjectInfo(name, Instant.parse("2025-03-01T10:15:30Z"), pack.pack().id(),
                    pack.pack().version(), pack.fingerprint(), "1");
        }

        @Override
        public LoadedPack pack() {
            return TestPacks.small();
        }

        @Override
        public ActivityLog activityLog() {
            return log;
        }

        @Override
        public <T> T inTransaction(SqlWork<T> work) {
            throw new UnsupportedOperationException("not needed by the window");
        }

        @Override
        public void changePassphrase(char[] current, char[] next) throws ProjectException {
            lastCurrent = current;
            lastNext = next.clone();
            if (changeFailure != null) {
                throw changeFailure;
            }
            log.add("project.passphrase_changed", "Passphrase changed.");
        }

        @Override
        public BackupFile backup(Path target) {
            log.add("project.backed-up", "Backed up.");
            return new BackupFile(target, "ab".repeat(32), 1);
        }

        @Override
        public String addRecoveryCode(char[] passphrase) {
            lastNext = passphrase.clone();
            log.add("project.recovery-code-made", "Recovery code made.");
            return "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567";
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** A project service that keeps projects in memory and accepts one passphrase. */
    public static final class FakeProjectService implements ProjectService {
        public final String passphrase;
        public final List<FakeProject> created = new ArrayList<>();
        public char[] lastPassphraseSeen;

        public FakeProjectService(String passphrase) {
            this.passphrase = passphrase;
        }

        @Override
        public Project create(Path dir, String name, char[] given, LoadedPack pack) {
            lastPassphraseSeen = given;
            FakeProject project = new FakeProject(dir, name);
            created.add(project);
            return project;
        }

        @Override
        public Project open(Path dir, char[] given) throws ProjectException {
            lastPassphraseSeen = given;
            if (!Arrays.equals(given, passphrase.toCharArray())) {
                throw new ProjectException(ProjectException.Reason.WRONG_PASSPHRASE,
                        "The passphrase for the project in " + dir + " is not correct.");
            }
            return new FakeProject(dir, "Opened");
        }

        @Override
        public void changePassphrase(Path dir, char[] oldPassphrase, char[] newPassphrase) {
            throw new UnsupportedOperationException("not needed by the window");
        }

        @Override
        public Project restore(Path backupFile, Path newFolder, char[] given) {
            throw new UnsupportedOperationException("not needed by the window tests");
        }

        @Override
        public String addRecoveryCode(Path dir, char[] given) {
            throw new UnsupportedOperationException("not needed by the window tests");
        }

        @Override
        public void recover(Path dir, char[] recoveryCode, char[] newPassphrase) {
            throw new UnsupportedOperationException("not needed by the window tests");
        }

        @Override
        public boolean isProject(Path dir) {
            return true;
        }
    }
}
