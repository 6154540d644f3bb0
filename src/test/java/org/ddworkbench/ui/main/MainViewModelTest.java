package org.ddworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Optional;
import org.ddworkbench.store.ProjectException;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.Fakes.FakeProject;
import org.ddworkbench.ui.Fakes.RecordingDialogs;
import org.ddworkbench.ui.PassphraseChange;
import org.ddworkbench.ui.imports.FakeImportService;
import org.ddworkbench.ui.imports.RecordingImportDialogs;
import org.junit.jupiter.api.Test;

class MainViewModelTest {
    private final FakeProject project = new FakeProject(Path.of("/tmp/apparel"), "Apparel 2025");
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final MainViewModel model = new MainViewModel(project, new FakeImportService(), BackgroundRunner.inline(),
            dialogs, new RecordingImportDialogs(), ZoneOffset.UTC);

    @Test
    void headerShowsNamePackAndShortFingerprint() {
        assertThat(model.projectName()).isEqualTo("Apparel 2025");
        assertThat(model.packLabel()).isEqualTo("test-pack 0.1.0");
        assertThat(model.shortFingerprint()).isEqualTo("ab12cd34ef56");
        assertThat(model.created()).isEqualTo("2025-03-01 10:15");
    }

    @Test
    void navigationReachesWorkingPagesAndIgnoresTheOthers() {
        model.navigate(Page.ACTIVITY);
        assertThat(model.pageProperty().get()).isEqualTo(Page.ACTIVITY);

        model.navigate(Page.DASHBOARD);
        assertThat(model.pageProperty().get()).isEqualTo(Page.ACTIVITY);
    }

    @Test
    void changingThePassphraseRekeysWipesAndConfirms() {
        PassphraseChange change = new PassphraseChange("old passphrase".toCharArray(), "new passphrase".toCharArray());
        dialogs.nextPassphraseChange = Optional.of(change);

        model.changePassphrase();

        assertThat(new String(project.lastNext)).isEqualTo("new passphrase");
        assertThat(change.current()).containsOnly('\0');
        assertThat(change.next()).containsOnly('\0');
        assertThat(dialogs.information).singleElement().asString().startsWith("Passphrase changed");
        assertThat(model.activity().entryCountProperty().get()).isEqualTo(2);
    }

    @Test
    void wrongCurrentPassphraseIsExplained() {
        project.changeFailure = new ProjectException(ProjectException.Reason.WRONG_PASSPHRASE,
                "The current passphrase is not correct; nothing was changed.");
        dialogs.nextPassphraseChange = Optional.of(
                new PassphraseChange("bad".toCharArray(), "new passphrase".toCharArray()));

        model.changePassphrase();

        assertThat(dialogs.failures).containsExactly(
                "Could not change the passphrase: The current passphrase is not correct; nothing was changed.");
    }

    @Test
    void cancelledDialogChangesNothing() {
        model.changePassphrase();

        assertThat(project.lastNext).isNull();
        assertThat(dialogs.information).isEmpty();
    }
}
