package org.ddworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.ddworkbench.model.FindingStatus;
import org.ddworkbench.model.ReviewState;
import org.ddworkbench.model.Severity;
import org.ddworkbench.store.ProjectException;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.FileNames;
import org.ddworkbench.ui.Fakes.FakeProject;
import org.ddworkbench.ui.Fakes.RecordingDialogs;
import org.ddworkbench.ui.PassphraseChange;
import org.ddworkbench.ui.findings.FakeChecks;
import org.ddworkbench.ui.findings.FindingData;
import org.ddworkbench.ui.findings.RecordingFindingDialogs;
import org.ddworkbench.ui.imports.FakeImportService;
import org.ddworkbench.ui.imports.RecordingImportDialogs;
import org.ddworkbench.ui.reports.RecordingReportDialogs;
import org.ddworkbench.ui.reports.ReportContext;
import org.junit.jupiter.api.Test;

class MainViewModelTest {
    private final FakeProject project = new FakeProject(Path.of("/tmp/apparel"), "Apparel 2025");
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final FakeChecks checks = new FakeChecks();
    private final MainViewModel model = new MainViewModel(new FindingData(project, checks, checks, checks,
            Clock.systemUTC()), new ReportContext(project, null, null, null, Clock.systemUTC()),
            new FakeImportService(), BackgroundRunner.inline(),
            new ScreenDialogs(dialogs, new RecordingImportDialogs(), new RecordingFindingDialogs(),
                    new RecordingReportDialogs()), ZoneOffset.UTC);

    @Test
    void headerShowsNamePackAndShortFingerprint() {
        assertThat(model.projectName()).isEqualTo("Apparel 2025");
        assertThat(model.packLabel()).isEqualTo("test-pack 0.1.0");
        assertThat(model.shortFingerprint()).isEqualTo("ab12cd34ef56");
        assertThat(model.created()).isEqualTo("2025-03-01 10:15");
    }

    @Test
    void navigationShowsTheChosenPage() {
        model.navigate(Page.ACTIVITY);
        assertThat(model.pageProperty().get()).isEqualTo(Page.ACTIVITY);

        model.navigate(Page.FEDERATION);
        assertThat(model.pageProperty().get()).isEqualTo(Page.FEDERATION);
    }

    @Test
    void aSupplierFindingOpensOnTheFindingsScreen() {
        checks.add(FakeChecks.finding(7, Severity.HIGH, 3L, "Lotus Loom", "TH", List.of(), FindingStatus.OPEN,
                ReviewState.UNREVIEWED, 1));

        model.showFinding(7);

        assertThat(model.pageProperty().get()).isEqualTo(Page.FINDINGS);
        assertThat(model.findings().selectedProperty().get().finding().id()).isEqualTo(7L);
    }

    @Test
    void theShortcutListShowsEveryShortcutWithItsKeys() {
        model.showShortcuts();

        assertThat(dialogs.information).singleElement().asString()
                .startsWith("Keyboard shortcuts")
                .contains("Lock now", "Import files…", Shortcuts.LOCK.getDisplayText());
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

    @Test
    void aBackupIsWrittenWhereTheUserChoseAndItsHashShown() {
        dialogs.nextSaveFile = Optional.of(Path.of("/tmp/apparel-backup.ddwbackup"));

        model.backUp();

        assertThat(dialogs.information).singleElement().asString().startsWith("Backup written")
                .contains("/tmp/apparel-backup.ddwbackup", "ab".repeat(32));
        assertThat(FileNames.forProject("Apparel 2025 (Thai)")).isEqualTo("apparel-2025-thai");
    }

    @Test
    void aRecoveryCodeIsShownOnceAndThePassphraseWiped() throws Exception {
        char[] typed = "the passphrase".toCharArray();
        dialogs.nextPassphrase = Optional.of(typed);

        model.makeRecoveryCode();

        assertThat(new String(project.lastNext)).isEqualTo("the passphrase");
        assertThat(typed).containsOnly('\0');
        assertThat(dialogs.recoveryCodes).containsExactly("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567");
        assertThat(project.activityLog().entries().toString()).doesNotContain("ABCD-EFGH");
    }
}
