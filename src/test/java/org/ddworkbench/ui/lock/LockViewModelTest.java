package org.ddworkbench.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.store.H2ProjectService;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.ProjectService;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.Fakes.RecordingDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockViewModelTest {
    private static final String PASSPHRASE = "lantern river 42";

    @TempDir
    Path dir;

    private final PackReader reader = new JsonPackReader();
    private final ProjectService projects = new H2ProjectService(reader, 1_000);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Project> unlocked = new ArrayList<>();
    private Path folder;
    private LockViewModel model;

    @BeforeEach
    void closedProject() throws Exception {
        folder = dir.resolve("apparel");
        projects.create(folder, "Apparel 2025", PASSPHRASE.toCharArray(), reader.bundled()).close();
        model = new LockViewModel("Apparel 2025", folder, projects, BackgroundRunner.inline(), dialogs, unlocked::add);
    }

    @AfterEach
    void closeUnlocked() {
        unlocked.forEach(Project::close);
    }

    @Test
    void theRightPassphraseReopensTheProjectAndEmptiesTheField() {
        model.passphraseProperty().set(PASSPHRASE);

        model.unlock();

        assertThat(unlocked).singleElement().satisfies(project -> assertThat(project.info().name()).isEqualTo("Apparel 2025"));
        assertThat(model.passphraseProperty().get()).isEmpty();
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void aWrongPassphraseIsRefusedBesideTheFieldWithoutADialog() {
        model.passphraseProperty().set("not the passphrase");

        model.unlock();

        assertThat(unlocked).isEmpty();
        assertThat(model.problemProperty().get()).contains("not right");
        assertThat(model.passphraseProperty().get()).isEmpty();
        assertThat(dialogs.failures).isEmpty();
    }

    @Test
    void anEmptyPassphraseIsNotTried() {
        model.unlock();

        assertThat(unlocked).isEmpty();
        assertThat(model.problemProperty().get()).contains("Type the project's passphrase");
    }

    @Test
    void showsOnlyTheProjectName() {
        assertThat(model.projectName()).isEqualTo("Apparel 2025");
    }
}
