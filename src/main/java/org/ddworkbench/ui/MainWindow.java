package org.ddworkbench.ui;

import static org.ddworkbench.ui.I18n.tr;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.ddworkbench.App;
import org.ddworkbench.report.federation.PacketMerger;
import org.ddworkbench.store.PassphrasePolicy;
import org.ddworkbench.store.Project;
import org.ddworkbench.ui.findings.FindingData;
import org.ddworkbench.ui.findings.FxFindingDialogs;
import org.ddworkbench.ui.imports.FxImportDialogs;
import org.ddworkbench.ui.main.MainView;
import org.ddworkbench.ui.main.MainViewModel;
import org.ddworkbench.ui.main.ScreenDialogs;
import org.ddworkbench.ui.main.WindowActions;
import org.ddworkbench.ui.reports.FederationView;
import org.ddworkbench.ui.reports.FederationViewModel;
import org.ddworkbench.ui.reports.FxReportDialogs;
import org.ddworkbench.ui.reports.ReportContext;
import org.ddworkbench.ui.start.StartView;
import org.ddworkbench.ui.start.StartViewModel;
import org.ddworkbench.ui.start.StartViewModel.Mode;

/**
 * The application window and the UI's composition root: shows the start screen until a project is open, then
 * the main view, and closes the project when the user leaves it or the window closes. Must be used on the
 * FX thread.
 */
public final class MainWindow implements WindowActions {
    private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 800;

    private final App app;
    private final Stage stage;
    private final BackgroundRunner runner = BackgroundRunner.onDaemonThreads();
    private final PassphraseCheck passphraseCheck;
    private final DialogService dialogs;
    private final RecentProjects recent;
    private final StackPane content = new StackPane();
    private final Scene scene;
    private StartViewModel startModel;
    private StartView startView;
    private Project project;

    public MainWindow(App app, Stage stage) {
        this.app = app;
        this.stage = stage;
        PassphrasePolicy policy = new PassphrasePolicy();
        this.passphraseCheck = new PassphraseCheck(tr(policy.rule()), chars -> policy.problem(chars).map(I18n::tr));
        this.dialogs = new FxDialogService(stage, passphraseCheck);
        this.recent = new RecentProjects(app.home().resolve("recent-projects.json"));
        content.setId("window-content");
        StackPane root = new StackPane(content, new BusyOverlay(runner).root());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(DEFAULT_WIDTH, screen.getWidth()), Math.min(DEFAULT_HEIGHT, screen.getHeight()));
        scene.getStylesheets().add(Theme.stylesheet());
        stage.setScene(scene);
        stage.setTitle(tr("Diligence Workbench"));
        stage.getIcons().setAll(Theme.icons());
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.setOnHidden(event -> {
            closeQuietly();
            runner.shutdown();
        });
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

    private void showStart(Mode mode) {
        startModel = new StartViewModel(app, recent, passphraseCheck, runner, dialogs);
        startModel.modeProperty().set(mode);
        startModel.openedProperty().addListener((observable, old, opened) -> {
            if (opened != null) {
                showProject(opened);
            }
        });
        startView = new StartView(startModel, this::showFederation);
        // The main view's menu registers its own shortcuts; the start screen only knows these two.
        scene.getAccelerators().clear();
        scene.getAccelerators().put(shortcut(KeyCode.O), () -> switchStartMode(Mode.OPEN));
        scene.getAccelerators().put(shortcut(KeyCode.N), () -> switchStartMode(Mode.CREATE));
        scene.getAccelerators().put(shortcut(KeyCode.Q), this::quit);
        setContent(startView.root());
        stage.setTitle(tr("Diligence Workbench"));
        startView.focusForm();
    }

    /** Shows the Federation screen on its own: merging packets needs no project. */
    private void showFederation() {
        FederationViewModel model = new FederationViewModel(new PacketMerger(), runner, dialogs,
                new FxReportDialogs(stage), Clock.systemDefaultZone());
        scene.getAccelerators().clear();
        scene.getAccelerators().put(shortcut(KeyCode.Q), this::quit);
        setContent(new FederationView(model, () -> showStart(Mode.OPEN)).root());
        stage.setTitle(tr("Federation — Diligence Workbench"));
    }

    private void switchStartMode(Mode mode) {
        startModel.modeProperty().set(mode);
        startView.focusForm();
    }

    private void showProject(Project opened) {
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
                new ScreenDialogs(dialogs, new FxImportDialogs(stage), new FxFindingDialogs(stage),
                        new FxReportDialogs(stage)), ZoneId.systemDefault());
        scene.getAccelerators().clear();
        setContent(new MainView(model, this).root());
        stage.setTitle(tr("{0} — Diligence Workbench", model.projectName()));
        model.start();
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
