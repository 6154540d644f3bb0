package org.ddworkbench.proof.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ddworkbench.store.ProjectException;
import org.ddworkbench.store.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * While one process keeps writing to a project, a second process (a CLI import, and this JVM) is refused with a
 * clear message; afterwards the project verifies and holds every entry the first one wrote and nothing of the
 * second. The refusal of a second opener while the first only holds the project is {@code store.ProjectLockTest}'s.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class TwoProcessesTest {
    @TempDir
    Path temp;

    @Test
    void aSecondProcessIsRefusedWhileTheFirstWritesAndNothingCorrupts() throws Exception {
        CrashProjects projects = new CrashProjects(temp.resolve("home"));
        Path project = TestFolders.copy(CrashProjects.sample(), temp.resolve("project"));
        Map<String, String> environment = Map.of("DDW_PASSPHRASE", CrashProjects.PASSPHRASE,
                "DDW_HOME", projects.home().toString());
        StoreSnapshot before = StoreSnapshot.read(project, CrashProjects.PASSPHRASE);

        ChildProcess first = ChildProcess.start(List.of(), LogWriterMain.class, List.of(project.toString()),
                environment, temp.resolve("first-err.txt"));
        first.awaitLine("OPEN");
        ChildProcess second = ChildProcess.start(List.of(), List.of("import", project.toString(),
                CrashProjects.inputs().resolve("grievances.csv").toString(), "--replace"),
                environment, temp.resolve("second-err.txt"));
        assertThat(second.waitForExit()).isEqualTo(1);
        assertThat(second.errText().strip()).isEqualTo("ddw: The project " + project.toAbsolutePath()
                + " is open in another window or process. Close it there first.");
        ProjectException inThisJvm = catchThrowableOfType(ProjectException.class,
                () -> projects.app().projects().open(project, CrashProjects.PASSPHRASE.toCharArray()).close());
        assertThat(inThisJvm.reason()).isEqualTo(ProjectException.Reason.IN_USE);
        first.send("stop");
        assertThat(first.waitForExit()).as("the writer; stderr: %s", first.errText()).isZero();

        int written = first.lines().stream().filter(l -> l.startsWith("WROTE ")).findFirst()
                .map(l -> Integer.parseInt(l.substring(6))).orElseThrow();
        assertThat(written).as("entries the first process wrote while the second was refused").isPositive();
        StoreSnapshot after = StoreSnapshot.read(project, CrashProjects.PASSPHRASE);
        int kept = before.actions().size();
        assertThat(after.actions().subList(0, kept)).isEqualTo(before.actions());
        assertThat(after.actions().subList(kept, after.actions().size())).as("what was added")
                .hasSize(written).containsOnly("proof.tick");
        assertThat(after.differingTables(before)).containsExactly("ACTIVITY_LOG ("
                + after.log().size() + " vs " + before.log().size() + " rows)");
    }
}
