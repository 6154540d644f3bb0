package org.ddworkbench.ui.start;

import static org.ddworkbench.ui.I18n.tr;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ddworkbench.App;
import org.ddworkbench.pack.LoadedPack;
import org.ddworkbench.pack.PackException;
import org.ddworkbench.sample.SampleProject;
import org.ddworkbench.store.Project;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.DialogService;
import org.ddworkbench.ui.PassphraseCheck;
import org.ddworkbench.ui.RecentProjects;

/**
 * State and actions of the start screen: create a project, open one, pick a recent folder or open the
 * sample; the project that ends up open is published through {@link #openedProperty()}.
 */
public final class StartViewModel {

    /** Which form the start screen shows. */
    public enum Mode { OPEN, CREATE }

    /** Where a new project's metric pack comes from. */
    public enum PackSource { BUNDLED, FILE }

    private final App app;
    private final RecentProjects recentStore;
    private final PassphraseCheck passphraseCheck;
    private final BackgroundRunner runner;
    private final DialogService dialogs;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.OPEN);
    private final StringProperty createName = new SimpleStringProperty(this, "createName", "");
    private final StringProperty createFolder = new SimpleStringProperty(this, "createFolder", "");
    private final StringProperty createPassphrase = new SimpleStringProperty(this, "createPassphrase", "");
    private final StringProperty createRepeat = new SimpleStringProperty(this, "createRepeat", "");
    private final ReadOnlyStringWrapper passphraseFeedback = new ReadOnlyStringWrapper(this, "passphraseFeedback");
    private final ReadOnlyBooleanWrapper passphraseAccepted = new ReadOnlyBooleanWrapper(this, "passphraseAccepted");
    private final ObjectProperty<PackSource> packSource = new SimpleObjectProperty<>(this, "packSource", PackSource.BUNDLED);
    private final ReadOnlyObjectWrapper<LoadedPack> filePack = new ReadOnlyObjectWrapper<>(this, "filePack");
    private final ReadOnlyStringWrapper packStatus = new ReadOnlyStringWrapper(this, "packStatus", "");
    private final ReadOnlyBooleanWrapper packInvalid = new ReadOnlyBooleanWrapper(this, "packInvalid");
    private final BooleanProperty createRecoveryCode = new SimpleBooleanProperty(this, "createRecoveryCode", true);
    private final ReadOnlyStringWrapper createProblem = new ReadOnlyStringWrapper(this, "createProblem", "");
    private final StringProperty openFolder = new SimpleStringProperty(this, "openFolder", "");
    private final StringProperty openPassphrase = new SimpleStringProperty(this, "openPassphrase", "");
    private final ReadOnlyStringWrapper openProblem = new ReadOnlyStringWrapper(this, "openProblem", "");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Project> opened = new ReadOnlyObjectWrapper<>(this, "opened");

    public StartViewModel(App app, RecentProjects recentStore, PassphraseCheck passphraseCheck,
            BackgroundRunner runner, DialogService dialogs) {
        this.app = app;
        this.recentStore = recentStore;
        this.passphraseCheck = passphraseCheck;
        this.runner = runner;
        this.dialogs = dialogs;
        recent.setAll(recentStore.load());
        passphraseFeedback.bind(Bindings.createStringBinding(this::liveFeedback, createPassphrase, createRepeat));
        passphraseAccepted.bind(Bindings.createBooleanBinding(
                () -> passphraseCheck.problem(createPassphrase.get(), createRepeat.get()).isEmpty(),
                createPassphrase, createRepeat));
        packSource.addListener((observable, old, now) -> {
            if (now == PackSource.FILE && filePack.get() == null && !packInvalid.get()) {
                packStatus.set(tr("No file chosen yet."));
            }
        });
    }

    private String liveFeedback() {
        if (createPassphrase.get().isEmpty()) {
            return "";
        }
        return passphraseCheck.problem(createPassphrase.get(), createRepeat.get())
                .orElse(tr("Strong enough, and both entries match."));
    }

    // ---- actions -------------------------------------------------------------------------------------

    public void chooseCreateFolder() {
        dialogs.chooseDirectory(tr("Choose a folder for the new project"), pathOrNull(createFolder.get()))
                .ifPresent(dir -> createFolder.set(dir.toString()));
    }

    public void chooseOpenFolder() {
        dialogs.chooseDirectory(tr("Choose the folder of the project to open"), pathOrNull(openFolder.get()))
                .ifPresent(dir -> openFolder.set(dir.toString()));
    }

    public void choosePackFile() {
        dialogs.chooseFile(tr("Choose a metric pack"), tr("Metric pack (JSON)"), ".json").ifPresent(this::usePackFile);
    }

    /** Reads and validates a pack file at once, so a refused pack is explained before anything is created. */
    public void usePackFile(Path file) {
        packSource.set(PackSource.FILE);
        try {
            LoadedPack loaded = app.packReader().read(file);
            filePack.set(loaded);
            packInvalid.set(false);
            packStatus.set(tr("{0}, version {1}, fingerprint {2}", loaded.pack().id(), loaded.pack().version(),
                    loaded.shortFingerprint()));
        } catch (PackException refused) {
            filePack.set(null);
            packInvalid.set(true);
            packStatus.set(tr("This metric pack cannot be used. {0}", refused.getMessage()));
        }
    }

    /** Validates the create form and, when it is complete, creates the project in the background. */
    public void createProject() {
        Optional<String> problem = createFormProblem();
        createProblem.set(problem.orElse(""));
        if (problem.isPresent() || runner.runningProperty().get()) {
            return;
        }
        String name = createName.get().strip();
        Path folder = Path.of(createFolder.get().strip());
        char[] passphrase = createPassphrase.get().toCharArray();
        LoadedPack chosenFile = packSource.get() == PackSource.FILE ? filePack.get() : null;
        boolean withCode = createRecoveryCode.get();
        wipeCreatePassphrases();
        runner.run(tr("Creating the project…"), (progress, cancellation) -> {
            try {
                LoadedPack pack = chosenFile != null ? chosenFile : app.packReader().bundled();
                Project created = app.projects().create(folder, name, passphrase, pack);
                return new Created(created, withCode ? created.addRecoveryCode(passphrase) : null);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }, created -> {
            onOpened(created.project());
            if (created.recoveryCode() != null) {
                dialogs.showRecoveryCode(name, created.recoveryCode());
            }
        }, failure -> dialogs.showFailure(tr("Could not create the project"), failure));
    }

    /** A new project, open, and its recovery code when one was asked for. */
    private record Created(Project project, String recoveryCode) {
    }

    /** The first reason the create form cannot be submitted yet, if any. */
    public Optional<String> createFormProblem() {
        if (createName.get().isBlank()) {
            return Optional.of(tr("Enter a name for the project."));
        }
        Optional<String> folderProblem = folderProblem(createFolder.get(), tr("Choose a folder for the new project."));
        if (folderProblem.isPresent()) {
            return folderProblem;
        }
        Optional<String> passphraseProblem = passphraseCheck.problem(createPassphrase.get(), createRepeat.get());
        if (passphraseProblem.isPresent()) {
            return passphraseProblem;
        }
        if (packSource.get() == PackSource.FILE && filePack.get() == null) {
            return Optional.of(tr("Choose a metric pack file that can be used, or use the bundled pack."));
        }
        return Optional.empty();
    }

    /** Opens the project in the open form's folder with its passphrase, in the background. */
    public void openProject() {
        Optional<String> problem = folderProblem(openFolder.get(), tr("Choose the folder of the project to open."));
        if (problem.isEmpty() && openPassphrase.get().isEmpty()) {
            problem = Optional.of(tr("Enter the passphrase of the project."));
        }
        openProblem.set(problem.orElse(""));
        if (problem.isPresent() || runner.runningProperty().get()) {
            return;
        }
        char[] passphrase = openPassphrase.get().toCharArray();
        openPassphrase.set("");
        open(Path.of(openFolder.get().strip()), passphrase);
    }

    /**
     * For a forgotten passphrase: asks for the recovery code of the project in the open form's folder and a new
     * passphrase, sets it in the background and opens the project with it.
     */
    public void recoverWithCode() {
        Optional<String> problem = folderProblem(openFolder.get(), tr("Choose the folder of the project to open."));
        openProblem.set(problem.orElse(""));
        if (problem.isPresent() || runner.runningProperty().get()) {
            return;
        }
        Path folder = Path.of(openFolder.get().strip());
        dialogs.askRecovery().ifPresent(recovery -> runner.run(tr("Setting the new passphrase…"),
                (progress, cancellation) -> {
                    try {
                        app.projects().recover(folder, recovery.current(), recovery.next());
                        progress.progress(-1, tr("Opening the project…"));
                        return app.projects().open(folder, recovery.next());
                    } finally {
                        recovery.wipe();
                    }
                }, project -> {
                    onOpened(project);
                    dialogs.showInformation(tr("New passphrase set"), tr("The project now opens with the new "
                            + "passphrase. The recovery code still works; keep it safe."));
                }, failure -> dialogs.showFailure(tr("Could not set a new passphrase"), failure)));
    }

    /** Opens {@code folder} with {@code passphrase} (wiped afterwards), as the command line asks for. */
    public void open(Path folder, char[] passphrase) {
        runner.run(tr("Opening the project…"), (progress, cancellation) -> {
            try {
                return app.projects().open(folder, passphrase);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }, this::onOpened, failure -> dialogs.showFailure(tr("Could not open the project"), failure));
    }

    /** Builds the sample project when it is missing and opens it with its documented passphrase. */
    public void openSample() {
        if (runner.runningProperty().get()) {
            return;
        }
        Path base = app.home().resolve("sample");
        runner.runCancellable(tr("Preparing the sample project…"), (progress, cancellation) -> {
            Path folder = new SampleProject(app.projects(), app.packReader(), app.imports(), app.checks()).ensure(base, progress, cancellation);
            cancellation.throwIfCancelled();
            progress.progress(-1, tr("Opening the sample project…"));
            return app.projects().open(folder, SampleProject.PASSPHRASE.toCharArray());
        }, this::onOpened, failure -> dialogs.showFailure(tr("Could not open the sample project"), failure));
    }

    /** Fills the open form with a remembered folder. */
    public void selectRecent(Path folder) {
        openFolder.set(folder.toString());
        openPassphrase.set("");
        openProblem.set("");
        mode.set(Mode.OPEN);
    }

    private void onOpened(Project project) {
        recent.setAll(recentStore.remember(project.directory()));
        opened.set(project);
    }

    private void wipeCreatePassphrases() {
        createPassphrase.set("");
        createRepeat.set("");
    }

    private static Optional<String> folderProblem(String text, String whenEmpty) {
        if (text == null || text.isBlank()) {
            return Optional.of(whenEmpty);
        }
        try {
            Path.of(text.strip());
            return Optional.empty();
        } catch (InvalidPathException invalid) {
            return Optional.of(tr("This is not a valid folder name: {0}", text.strip()));
        }
    }

    private static Path pathOrNull(String text) {
        try {
            return text == null || text.isBlank() ? null : Path.of(text.strip());
        } catch (InvalidPathException invalid) {
            return null;
        }
    }

    // ---- properties ----------------------------------------------------------------------------------

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public StringProperty createNameProperty() {
        return createName;
    }

    public StringProperty createFolderProperty() {
        return createFolder;
    }

    public StringProperty createPassphraseProperty() {
        return createPassphrase;
    }

    public StringProperty createRepeatProperty() {
        return createRepeat;
    }

    public String passphraseRule() {
        return passphraseCheck.rule();
    }

    /** Live verdict on the two passphrase fields; empty until the user types. */
    public ReadOnlyStringProperty passphraseFeedbackProperty() {
        return passphraseFeedback.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty passphraseAcceptedProperty() {
        return passphraseAccepted.getReadOnlyProperty();
    }

    public ObjectProperty<PackSource> packSourceProperty() {
        return packSource;
    }

    public ReadOnlyObjectProperty<LoadedPack> filePackProperty() {
        return filePack.getReadOnlyProperty();
    }

    /** What the chosen pack file is, or why it was refused. */
    public ReadOnlyStringProperty packStatusProperty() {
        return packStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty packInvalidProperty() {
        return packInvalid.getReadOnlyProperty();
    }

    /** Whether creating the project also makes a recovery code (shown once); on unless the user turns it off. */
    public BooleanProperty createRecoveryCodeProperty() {
        return createRecoveryCode;
    }

    /** Why the last create attempt was not started; empty otherwise. */
    public ReadOnlyStringProperty createProblemProperty() {
        return createProblem.getReadOnlyProperty();
    }

    public StringProperty openFolderProperty() {
        return openFolder;
    }

    public StringProperty openPassphraseProperty() {
        return openPassphrase;
    }

    /** Why the last open attempt was not started; empty otherwise. */
    public ReadOnlyStringProperty openProblemProperty() {
        return openProblem.getReadOnlyProperty();
    }

    /** Remembered project folders, most recent first. */
    public ObservableList<Path> recentProjects() {
        return recent;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return runner.runningProperty();
    }

    /** The project that was created or opened; set once, on the FX thread. */
    public ReadOnlyObjectProperty<Project> openedProperty() {
        return opened.getReadOnlyProperty();
    }
}
