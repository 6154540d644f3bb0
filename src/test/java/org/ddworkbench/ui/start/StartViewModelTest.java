package org.ddworkbench.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ddworkbench.App;
import org.ddworkbench.pack.LoadedPack;
import org.ddworkbench.pack.PackException;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.sample.SampleProject;
import org.ddworkbench.store.PassphrasePolicy;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.Fakes.FakeProjectService;
import org.ddworkbench.ui.Fakes.RecordingDialogs;
import org.ddworkbench.ui.PassphraseCheck;
import org.ddworkbench.ui.RecentProjects;
import org.ddworkbench.ui.TestPacks;
import org.ddworkbench.ui.start.StartViewModel.Mode;
import org.ddworkbench.ui.start.StartViewModel.PackSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartViewModelTest {
    private static final String GOOD = "correct horse battery";

    @TempDir
    Path home;

    private final FakeProjectService projects = new FakeProjectService(GOOD);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private StartViewModel model;

    @BeforeEach
    void setUp() {
        PassphrasePolicy policy = new PassphrasePolicy();
        App app = new App(home, new StubPackReader(), projects);
        model = new StartViewModel(app, new RecentProjects(home.resolve("recent-projects.json")),
                new PassphraseCheck(policy.rule(), policy::problem), BackgroundRunner.inline(), dialogs);
    }

    private void fillCreateForm(String name, String folder, String passphrase, String repeat) {
        model.createNameProperty().set(name);
        model.createFolderProperty().set(folder);
        model.createPassphraseProperty().set(passphrase);
        model.createRepeatProperty().set(repeat);
    }

    @Test
    void createRefusesMismatchedPassphrases() {
        fillCreateForm("Apparel 2025", home.resolve("p").toString(), GOOD, GOOD + "x");

        model.createProject();

        assertThat(model.createProblemProperty().get()).isEqualTo("The two passphrases do not match.");
        assertThat(projects.created).isEmpty();
        assertThat(model.openedProperty().get()).isNull();
    }

    @Test
    void createRefusesWeakPassphraseWithThePolicyReason() {
        fillCreateForm("Apparel 2025", home.resolve("p").toString(), "short", "short");

        model.createProject();

        assertThat(model.createProblemProperty().get()).contains("too short");
        assertThat(projects.created).isEmpty();
    }

    @Test
    void createRefusesEmptyFolder() {
        fillCreateForm("Apparel 2025", "   ", GOOD, GOOD);

        model.createProject();

        assertThat(model.createProblemProperty().get()).isEqualTo("Choose a folder for the new project.");
        assertThat(projects.created).isEmpty();
    }

    @Test
    void createRefusesMissingName() {
        fillCreateForm("", home.resolve("p").toString(), GOOD, GOOD);

        model.createProject();

        assertThat(model.createProblemProperty().get()).isEqualTo("Enter a name for the project.");
    }

    @Test
    void passphraseFeedbackFollowsTyping() {
        assertThat(model.passphraseFeedbackProperty().get()).isEmpty();

        model.createPassphraseProperty().set("short");
        assertThat(model.passphraseFeedbackProperty().get()).contains("too short");
        assertThat(model.passphraseAcceptedProperty().get()).isFalse();

        model.createPassphraseProperty().set(GOOD);
        assertThat(model.passphraseFeedbackProperty().get()).contains("again");

        model.createRepeatProperty().set(GOOD);
        assertThat(model.passphraseFeedbackProperty().get()).startsWith("Strong enough");
        assertThat(model.passphraseAcceptedProperty().get()).isTrue();
    }

    @Test
    void createWithCompleteFormOpensTheProjectRemembersItAndWipesThePassphrase() {
        Path folder = home.resolve("apparel");
        fillCreateForm("  Apparel 2025 ", folder.toString(), GOOD, GOOD);

        model.createProject();

        assertThat(model.createProblemProperty().get()).isEmpty();
        assertThat(projects.created).singleElement().satisfies(p -> assertThat(p.name).isEqualTo("Apparel 2025"));
        assertThat(model.openedProperty().get()).isSameAs(projects.created.get(0));
        assertThat(model.createPassphraseProperty().get()).isEmpty();
        assertThat(model.createRepeatProperty().get()).isEmpty();
        assertThat(new String(projects.lastPassphraseSeen)).isEqualTo("\0".repeat(GOOD.length()));
        assertThat(model.recentProjects()).containsExactly(folder.toAbsolutePath());
    }

    @Test
    void openWithWrongPassphraseShowsTheStoreMessageAndWipesTheField() {
        model.openFolderProperty().set(home.resolve("apparel").toString());
        model.openPassphraseProperty().set("wrong passphrase");

        model.openProject();

        assertThat(model.openedProperty().get()).isNull();
        assertThat(dialogs.failures).singleElement().asString()
                .startsWith("Could not open the project: The passphrase for the project in")
                .doesNotContain("Exception");
        assertThat(model.openPassphraseProperty().get()).isEmpty();
    }

    @Test
    void openWithoutPassphraseAsksForIt() {
        model.openFolderProperty().set(home.resolve("apparel").toString());

        model.openProject();

        assertThat(model.openProblemProperty().get()).isEqualTo("Enter the passphrase of the project.");
        assertThat(projects.lastPassphraseSeen).isNull();
    }

    @Test
    void openWithRightPassphrasePublishesTheProject() {
        model.openFolderProperty().set(home.resolve("apparel").toString());
        model.openPassphraseProperty().set(GOOD);

        model.openProject();

        assertThat(model.openedProperty().get()).isNotNull();
        assertThat(dialogs.failures).isEmpty();
    }

    @Test
    void refusedPackFileIsExplainedAndBlocksCreation() {
        model.usePackFile(home.resolve("bad.json"));

        assertThat(model.packSourceProperty().get()).isEqualTo(PackSource.FILE);
        assertThat(model.packInvalidProperty().get()).isTrue();
        assertThat(model.packStatusProperty().get()).contains("bad.json at $.metrics[0].unit: unknown field");

        fillCreateForm("Apparel", home.resolve("p").toString(), GOOD, GOOD);
        model.createProject();
        assertThat(model.createProblemProperty().get()).contains("metric pack");
        assertThat(projects.created).isEmpty();
    }

    @Test
    void acceptedPackFileShowsItsIdAndFingerprint() {
        dialogs.nextFile = Optional.of(home.resolve("good.json"));

        model.choosePackFile();

        assertThat(model.packInvalidProperty().get()).isFalse();
        assertThat(model.packStatusProperty().get()).contains("test-pack").contains("ab12cd34ef56");
    }

    @Test
    void choosingARecentProjectFillsTheOpenForm() throws Exception {
        Path folder = home.resolve("remembered");
        new RecentProjects(home.resolve("recent-projects.json")).remember(folder);
        model.modeProperty().set(Mode.CREATE);

        model.selectRecent(folder);

        assertThat(model.modeProperty().get()).isEqualTo(Mode.OPEN);
        assertThat(model.openFolderProperty().get()).isEqualTo(folder.toString());
        assertThat(Files.readString(home.resolve("recent-projects.json"))).contains("remembered");
    }

    @Test
    void sampleButtonOpensTheSampleWithItsDocumentedPassphrase() throws Exception {
        // An existing sample (inputs present, folder a project) is opened without being rebuilt.
        Files.createDirectories(home.resolve("sample").resolve("inputs"));
        FakeProjectService sampleStore = new FakeProjectService(SampleProject.PASSPHRASE);
        StartViewModel sampleModel = new StartViewModel(new App(home, new StubPackReader(), sampleStore),
                new RecentProjects(home.resolve("recent-projects.json")),
                new PassphraseCheck("rule", chars -> Optional.empty()), BackgroundRunner.inline(), dialogs);

        sampleModel.openSample();

        assertThat(dialogs.failures).isEmpty();
        assertThat(sampleModel.openedProperty().get().directory()).isEqualTo(home.resolve("sample").resolve("project"));
        assertThat(sampleModel.recentProjects()).hasSize(1);
    }

    @Test
    void browseButtonsFillTheFolderFields() {
        dialogs.nextDirectory = Optional.of(home.resolve("chosen"));

        model.chooseCreateFolder();
        model.chooseOpenFolder();

        assertThat(model.createFolderProperty().get()).isEqualTo(home.resolve("chosen").toString());
        assertThat(model.openFolderProperty().get()).isEqualTo(home.resolve("chosen").toString());
    }

    /** Accepts any file except one named bad.json. */
    private static final class StubPackReader implements PackReader {
        @Override
        public LoadedPack read(Path file) throws PackException {
            if (file.getFileName().toString().equals("bad.json")) {
                throw new PackException("bad.json", "$.metrics[0].unit", "unknown field");
            }
            return TestPacks.small();
        }

        @Override
        public LoadedPack read(InputStream json, String sourceName) {
            return TestPacks.small();
        }

        @Override
        public LoadedPack bundled() {
            return TestPacks.small();
        }
    }
}
