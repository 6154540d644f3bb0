package org.ddworkbench.ui;

import static org.ddworkbench.ui.I18n.tr;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ddworkbench.App;
import org.ddworkbench.report.federation.PacketMerger;
import org.ddworkbench.store.PassphrasePolicy;
import org.ddworkbench.store.Project;
import org.ddworkbench.ui.findings.FindingData;
import org.ddworkbench.ui.findings.FxFindingDialogs;
import org.ddworkbench.ui.imports.FxImportDialogs;
import org.ddworkbench.ui.lock.IdleWatch;
import org.ddworkbench.ui.lock.LockView;
import org.ddworkbench.ui.lock.LockViewModel;
import org.ddworkbench.ui.lock.OwnedWindows;
import org.ddworkbench.ui.main.MainView;
import org.ddworkbench.ui.main.MainViewModel;
import org.ddworkbench.ui.main.Page;
import org.ddworkbench.ui.main.ScreenDialogs;
import org.ddworkbench.ui.main.WindowActions;
import org.ddworkbench.ui.main.WindowPreferences;
import org.ddworkbench.ui.reports.FederationView;
import org.ddworkbench.ui.reports.FederationViewModel;
import org.ddworkbench.ui.reports.FxReportDialogs;
import org.ddworkbench.ui.reports.ReportContext;
import org.ddworkbench.ui.start.StartView;
import org.ddworkbench.ui.start.StartViewModel;
import org.ddworkbench.ui.start.StartViewModel.Mode;

/**
 * The application window and the UI's composition root: shows the start screen until a project is open, then
 * the main view, and closes the project when the user leaves it, when the window locks (after idle time or
 * on request) or when the window closes. Must be used on the FX thread.
 */
public final class MainWindow implements WindowActions {
    private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 800;
    private static final javafx.util.Duration IDLE_CHECK_EVERY = javafx.util.Duration.seconds(5);

    private final App app;
    private final Stage stage;
    private final BackgroundRunner runner = BackgroundRunner.onDaemonThreads();
    private final PassphraseCheck passphraseCheck;
    private final DialogService dialogs;
    private final FileChoosers choosers;
    private final RecentProjects recent;
    private final StackPane content = new StackPane();
    private final Scene scene;
    private final WindowPreferences preferences;
    private final IdleWatch idle = new IdleWatch(Clock.systemUTC(), this::lock);
    private final EventHandler<InputEvent> userActive = event -> idle.touch();
    private final ListChangeListener<Window> watchNewWindows = this::watchInput;
    private final Timeline idleTicker = new Timeline(new KeyFrame(IDLE_CHECK_EVERY, event -> idle.tick()));
    private StartViewModel startModel;
    private StartView startView;
    private Project project;
    private MainViewModel mainModel;

    /** A window that announces finished background work with ControlsFX notifications. */
    public MainWindow(App app, Stage stage) {
        this(app, stage, new ControlsFxNotifier(stage), new FxFileChoosers(stage));
    }

    /**
     * A window that announces finished background work through {@code notifier} and asks for files through
     * {@code choosers}.
     */
    public MainWindow(App app, Stage stage, Notifier notifier, FileChoosers choosers) {
        this.app = app;
        this.stage = stage;
        this.choosers = choosers;
        PassphrasePolicy policy = new PassphrasePolicy();
        this.passphraseCheck = new PassphraseCheck(tr(policy.rule()), chars -> policy.problem(chars).map(I18n::tr));
        this.dialogs = new FxDialogService(stage, passphraseCheck, choosers);
        this.recent = new RecentProjects(app.home().resolve("recent-projects.json"));
        this.preferences = new WindowPreferences(new UserSettings(app.home().resolve("settings.json")));
        content.setId("window-content");
        StackPane root = new StackPane(content, new BusyOverlay(runner).root());
        root.setId("window-root");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(DEFAULT_WIDTH, screen.getWidth()), Math.min(DEFAULT_HEIGHT, screen.getHeight()));
        Theme.useDark(preferences.darkThemeProperty().get());
        scene.getStylesheets().add(Theme.stylesheet());
        if (Theme.isDark()) {
            root.getStyleClass().add(Theme.DARK_CLASS);
        }
        preferences.darkThemeProperty().addListener((observable, old, dark) -> Theme.useDark(dark));
        runner.setJobListener(new TaskNotices(notifier, stage::isFocused));
        watchIdleTime();
        stage.setScene(scene);
        stage.setTitle(tr("Diligence Workbench"));
        stage.getIcons().setAll(Theme.icons());
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.setOnHidden(event -> {
            idleTicker.stop();
            Window.getWindows().removeListener(watchNewWindows);
            closeQuietly();
            runner.shutdown();
        });
    }

    /** Input in this window or any other of the application (wizard, dialogs) counts as activity. */
    private void watchIdleTime() {
        idle.timeoutProperty().set(Duration.ofMinutes(preferences.lockMinutesProperty().get()));
        preferences.lockMinutesProperty().addListener(
                (observable, old, minutes) -> idle.timeoutProperty().set(Duration.ofMinutes(minutes.longValue())));
        stage.addEventFilter(InputEvent.ANY, userActive);
        Window.getWindows().addListener(watchNewWindows);
        idleTicker.setCycleCount(Animation.INDEFINITE);
        idleTicker.play();
    }

    private void watchInput(ListChangeListener.Change<? extends Window> change) {
        while (change.next()) {
            for (Window added : change.getAddedSubList()) {
                if (added != stage) {
                    added.addEventFilter(InputEvent.ANY, userActive);
                }
            }
        }
    }

    /** Shows the window on the start screen. */
    public void show() {
        showStart(Mode.OPEN);
        stage.show();
    }

    /**
     * Shows the window and opens {@code folder}: straight away with {@code passphrase} (wiped afterwards), or
     * with the open form filled in when {@code passphrase} is null.
     */
    public void show(Path folder, char[] passphrase) {
        show();
        if (passphrase == null) {
            startModel.selectRecent(folder);
            startView.focusForm();
        } else {
            startModel.open(folder, passphrase);
        }
    }

    @Override
    public void openAnother() {
        leaveProject(Mode.OPEN);
    }

    @Override
    public void createNew() {
        leaveProject(Mode.CREATE);
    }

    @Override
    public void closeProject() {
        leaveProject(Mode.OPEN);
    }

    /** Locks on the next pulse, for the same reason as {@link #leaveProject}. */
    @Override
    public void lockNow() {
        Platform.runLater(this::lock);
    }

    @Override
    public void quit() {
        stage.close();
    }

    /**
     * Closes the project and shows the start screen on the next pulse: these actions arrive from keyboard
     * shortcuts, and the scene's shortcut table must not change while it is being walked.
     */
    private void leaveProject(Mode mode) {
        Platform.runLater(() -> {
            closeQuietly();
            showStart(mode);
        });
    }

    /**
     * Replaces the main view with the lock screen, so no node of the project's data stays in the scene,
     * closes the other windows of the project, and closes the project (dropping its key) as soon as no
     * background job is using it. Does nothing unless a project is open and unlocked.
     */
    private void lock() {
        if (project == null || mainModel == null) {
            return;
        }
        Page page = mainModel.pageProperty().get();
        String name = mainModel.projectName();
        Project locked = project;
        mainModel = null;
        OwnedWindows.closeAll(stage);
        LockView view = new LockView(new LockViewModel(name, locked.directory(), app.projects(), runner, dialogs,
                opened -> showProject(opened, page)));
        scene.getAccelerators().clear();
        scene.getAccelerators().put(shortcut(KeyCode.Q), this::quit);
        setContent(view.root());
        stage.setTitle(tr("Locked — Diligence Workbench"));
        view.focus();
        dropKeyWhenIdle(locked);
    }

    /**
     * Closes {@code locked} once the background runner is idle: a running import or check finishes first
     * (its callbacks still run against the open store), then the store closes and its key is wiped.
     */
    private void dropKeyWhenIdle(Project locked) {
        if (project != locked) {
            return;
        }
        if (!runner.runningProperty().get()) {
            closeQuietly();
            return;
        }
        runner.runningProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable, Boolean old, Boolean running) {
                if (!running) {
                    observable.removeListener(this);
                    // After the job's own callbacks, which run once the runner reports it idle.
                    Platform.runLater(() -> dropKeyWhenIdle(locked));
                }
            }
        });
    }

    private void showStart(Mode mode) {
        mainModel = null;
        startModel = new StartViewModel(app, recent, passphraseCheck, runner, dialogs);
        startModel.modeProperty().set(mode);
        startModel.openedProperty().addListener((observable, old, opened) -> {
            if (opened != null) {
                showProject(opened);
            }
        });
        startView = new StartView(startModel, this::showFederation, this::restoreBackup);
        // The main view's menu registers its own shortcuts; the start screen only knows these two.
        scene.getAccelerators().clear();
        scene.getAccelerators().put(shortcut(KeyCode.O), () -> switchStartMode(Mode.OPEN));
        scene.getAccelerators().put(shortcut(KeyCode.N), () -> switchStartMode(Mode.CREATE));
        scene.getAccelerators().put(shortcut(KeyCode.Q), this::quit);
        setContent(startView.root());
        stage.setTitle(tr("Diligence Workbench"));
        startView.focusForm();
    }

    /**
     * Restores a backup file into an empty folder the user chooses and opens it; the passphrase is the one the
     * project had when it was backed up.
     */
    private void restoreBackup() {
        Optional<Path> file = dialogs.chooseFile(tr("Restore a backup"), tr("Project backups"), ".ddwbackup");
        if (file.isEmpty()) {
            return;
        }
        Optional<Path> folder = dialogs.chooseDirectory(tr("Choose an empty folder for the restored project"),
                file.get().toAbsolutePath().getParent());
        if (folder.isEmpty()) {
            return;
        }
        Optional<char[]> passphrase = dialogs.askPassphrase(tr("Restore a backup"),
                tr("Type the passphrase the project had when it was backed up."));
        if (passphrase.isEmpty()) {
            return;
        }
        runner.run(tr("Restoring the backup…"), (progress, cancellation) -> {
            try {
                return app.projects().restore(file.get(), folder.get(), passphrase.get());
            } finally {
                Arrays.fill(passphrase.get(), '\0');
            }
        }, this::showProject, failure -> dialogs.showFailure(tr("Could not restore the backup"), failure));
    }

    /** Shows the Federation screen on its own with the given packet files read in (a packet opened from the desktop). */
    public void showPackets(List<Path> packets) {
        FederationViewModel model = showFederation();
        stage.show();
        model.addPackets(packets);
    }

    /** Shows the Federation screen on its own: merging packets needs no project. */
    private FederationViewModel showFederation() {
        FederationViewModel model = new FederationViewModel(new PacketMerger(), runner, dialogs,
                new FxReportDialogs(stage, choosers), Clock.systemDefaultZone());
        scene.getAccelerators().clear();
        scene.getAccelerators().put(shortcut(KeyCode.Q), this::quit);
        setContent(new FederationView(model, () -> showStart(Mode.OPEN)).root());
        stage.setTitle(tr("Federation — Diligence Workbench"));
        return model;
    }

    private void switchStartMode(Mode mode) {
        startModel.modeProperty().set(mode);
        startView.focusForm();
    }

    private void showProject(Project opened) {
        showProject(opened, Page.PROJECT);
    }

    private void showProject(Project opened, Page page) {
        if (!stage.isShowing()) {
            // The window closed while the project was opening in the background.
            opened.close();
            return;
        }
        project = opened;
        FindingData checked = new FindingData(opened, app.checks(), app.risks(), app.actions(),
                Clock.systemDefaultZone());
        ReportContext reported = new ReportContext(opened, app.reports(), app.releaser(), app.privacyLedger(),
                Clock.systemDefaultZone());
        MainViewModel model = new MainViewModel(checked, reported, app.imports(), runner,
                new ScreenDialogs(dialogs, new FxImportDialogs(stage, choosers), new FxFindingDialogs(stage),
                        new FxReportDialogs(stage, choosers)), ZoneId.systemDefault());
        scene.getAccelerators().clear();
        setContent(new MainView(model, this, preferences).root());
        stage.setTitle(tr("{0} — Diligence Workbench", model.projectName()));
        mainModel = model;
        idle.touch();
        model.start();
        if (page != Page.PROJECT) {
            model.navigate(page);
        }
    }

    private void setContent(Node node) {
        content.getChildren().setAll(node);
    }

    private void closeQuietly() {
        if (project == null) {
            return;
        }
        Project closing = project;
        project = null;
        mainModel = null;
        try {
            closing.close();
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Closing the project failed", failure);
        }
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }
}
