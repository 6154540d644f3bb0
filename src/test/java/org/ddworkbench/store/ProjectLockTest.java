package org.ddworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.ddworkbench.store.ProjectException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ProjectLockTest {
    private final ProjectFixture fixture = new ProjectFixture();

    @TempDir
    Path temp;

    @AfterEach
    void noTraceFiles() {
        ProjectFixture.assertNoTraceFiles(temp);
    }

    @Test
    void openingTwiceInOneProcessIsRefusedUntilTheFirstCloses() throws Exception {
        Path folder = temp.resolve("p");
        try (Project first = fixture.create(folder)) {
            ProjectException e = catchThrowableOfType(ProjectException.class, () -> fixture.open(folder));
            assertThat(e.reason()).isEqualTo(Reason.IN_USE);
            assertThat(e.getMessage()).isEqualTo("The project " + folder.toAbsolutePath()
                    + " is open in another window or process. Close it there first.");
            // The first one is unharmed by the refused attempt.
            assertThat(first.activityLog().verify().intact()).isTrue();
        }
        fixture.open(folder).close();
    }

    @Test
    void wrongPassphraseIsReportedEvenWhileOpenElsewhere() throws Exception {
        Path folder = temp.resolve("p");
        try (Project first = fixture.create(folder)) {
            assertThat(catchThrowableOfType(ProjectException.class,
                    () -> fixture.service.open(folder, "wrong wrong wrong".toCharArray())).reason())
                    .isEqualTo(Reason.WRONG_PASSPHRASE);
            assertThat(first.info().name()).isEqualTo("Test engagement");
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void openingWhileAnotherProcessHoldsItIsRefused() throws Exception {
        Path folder = temp.resolve("p").toAbsolutePath();
        fixture.create(folder).close();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ProjectHolderMain.class.getName(), folder.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (Writer toChild = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
                BufferedReader fromChild = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            toChild.write(ProjectFixture.PASSPHRASE + "\n");
            toChild.flush();
            assertThat(fromChild.readLine()).isEqualTo("OPEN Test engagement");

            ProjectException e = catchThrowableOfType(ProjectException.class, () -> fixture.open(folder));
            assertThat(e.reason()).isEqualTo(Reason.IN_USE);

            toChild.write("close\n");
            toChild.flush();
            assertThat(fromChild.readLine()).isEqualTo("CLOSED");
            assertThat(child.waitFor()).isZero();
        } finally {
            child.destroy();
        }
        try (Project project = fixture.open(folder)) {
            assertThat(project.activityLog().verify().intact()).isTrue();
        }
    }
}
