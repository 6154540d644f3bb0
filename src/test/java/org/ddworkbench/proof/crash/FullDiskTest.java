package org.ddworkbench.proof.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ddworkbench.proof.SurveyCopies;
import org.ddworkbench.store.TestFolders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up and a folder that cannot be written, during an import (the project on that disk) and
 * during an export (the target folder on it), with the real file system answering ENOSPC or EROFS (see
 * {@link SmallDisk}): the command fails with one clear line naming the file, no stack trace, and the project
 * opens, verifies and holds exactly what it held before.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class FullDiskTest {
    @TempDir
    static Path shared;

    private static CrashProjects projects;
    private static Path start;
    private static Path survey;
    private static Path mapping;
    private static StoreSnapshot before;

    @BeforeAll
    static void prepare() throws Exception {
        projects = new CrashProjects(shared.resolve("home"));
        survey = SurveyCopies.write(CrashProjects.inputs(), shared.resolve("survey"), 300);
        mapping = SurveyCopies.mapping(shared.resolve("survey"));
        start = TestFolders.copy(CrashProjects.sample(), shared.resolve("start"));
        before = StoreSnapshot.read(start, CrashProjects.PASSPHRASE);
    }

    @Test
    void importOntoAFullDiskFailsClearlyAndLeavesTheProjectAsItWas() throws Exception {
        importFailsClearly(SmallDisk.holding(shared.resolve("import-full"), start, 64 * 1024, false),
                "No space left on device");
    }

    @Test
    void importIntoAReadOnlyFolderFailsClearlyAndLeavesTheProjectAsItWas() throws Exception {
        SmallDisk disk = SmallDisk.holding(shared.resolve("import-read-only"), start, 64 * 1024, true);
        ChildProcess child = importFailsClearly(disk, "Read-only file system");
        assertThat(child.errText()).contains(disk.projectOnDisk().toString());
    }

    @Test
    void exportToAFullDiskFailsClearlyLeavesNoFileAndSpendsNothing() throws Exception {
        exportFailsClearly("export-full", 8 * 1024, false, "summary.xlsx", "No space left on device");
    }

    @Test
    void exportToAReadOnlyFolderFailsClearlyLeavesNoFileAndSpendsNothing() throws Exception {
        exportFailsClearly("export-read-only", 64 * 1024, true, "summary.csv", "Read-only file system");
    }

    /** Re-imports onto the small disk holding the project; it must fail with {@code reason}, changing nothing. */
    private ChildProcess importFailsClearly(SmallDisk disk, String reason) throws Exception {
        ChildProcess child = disk.run(reimport(disk), environment());
        assertFailedClearly(child, reason);
        assertUnchanged(disk.projectAfter());
        return child;
    }

    /** Exports the summary onto a small empty disk; it must fail with {@code reason}, leave no file, spend nothing. */
    private void exportFailsClearly(String name, int kilobytes, boolean readOnly, String fileName, String reason)
            throws Exception {
        Path project = TestFolders.copy(start, shared.resolve(name).resolve("project"));
        SmallDisk disk = SmallDisk.empty(shared.resolve(name), kilobytes, readOnly);
        Path target = disk.mount().resolve(fileName);
        ChildProcess child = disk.run(List.of("report", project.toString(), "--summary", "--epsilon", "0.1",
                "--out", target.toString()), environment());
        assertFailedClearly(child, reason);
        assertThat(child.errText()).contains(target.toString(), "Nothing was exported");
        assertThat(SmallDisk.left(child)).as("files left in the target folder").isEmpty();
        assertUnchanged(project);
    }

    /**
     * Imports the sample survey 300 times over (90,000 rows): megabytes more than the free pages inside the store,
     * which H2 fills before it grows the file.
     */
    private static List<String> reimport(SmallDisk disk) {
        return List.of("import", disk.projectOnDisk().toString(), survey.toString(), "--kind", "workers", "--mapping",
                mapping.toString(), "--skip-invalid");
    }

    private static Map<String, String> environment() {
        return Map.of("DDW_PASSPHRASE", CrashProjects.PASSPHRASE, "DDW_HOME", projects.home().toString());
    }

    /** Exit code 1 and one {@code ddw:} line naming the cause; no stack trace, no "unexpected error". */
    private static void assertFailedClearly(ChildProcess child, String cause) {
        String err = child.errText();
        assertThat(child.exitCode()).as("exit code; stderr: %s", err).isEqualTo(1);
        List<String> problems = err.lines().filter(l -> l.startsWith("ddw: ")).toList();
        assertThat(problems).as("the error line in: %s", err).hasSize(1);
        assertThat(problems.get(0)).contains(cause).doesNotContain("unexpected error", "Exception");
        assertThat(err).doesNotContain("\tat ", "Caused by");
    }

    private static void assertUnchanged(Path project) throws Exception {
        StoreSnapshot after = StoreSnapshot.read(project, CrashProjects.PASSPHRASE);
        assertThat(after.sameStateAs(before)).as("the project is unchanged; differing tables %s",
                after.differingTables(before)).isTrue();
    }
}
