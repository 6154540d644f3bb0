package org.ddworkbench.ui.main;

import static org.ddworkbench.ui.Controls.button;
import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.named;
import static org.ddworkbench.ui.Controls.spacer;
import static org.ddworkbench.ui.I18n.tr;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ddworkbench.ui.Theme;
import org.ddworkbench.ui.UserSettings;
import org.ddworkbench.ui.activity.ActivityView;
import org.ddworkbench.ui.dashboard.DashboardView;
import org.ddworkbench.ui.findings.FindingsView;
import org.ddworkbench.ui.imports.ImportWizardWindow;
import org.ddworkbench.ui.imports.ImportsView;
import org.ddworkbench.ui.pack.PackView;
import org.ddworkbench.ui.reports.FederationView;
import org.ddworkbench.ui.reports.ReportsView;
import org.ddworkbench.ui.suppliers.SuppliersView;

/** The window's content while a project is open: menu, header, left navigation and the current page. */
public final class MainView {
    private final MainViewModel model;
    private final WindowActions actions;
    private final WindowPreferences preferences;
    private final BorderPane root = new BorderPane();
    private final StackPane pageHolder = new StackPane();
    private final Map<Page, Node> pages = new EnumMap<>(Page.class);
    private final Map<Page, ToggleButton> navButtons = new EnumMap<>(Page.class);
    private ImportWizardWindow wizard;

    public MainView(MainViewModel model, WindowActions actions, WindowPreferences preferences) {
        this.model = model;
        this.actions = actions;
        this.preferences = preferences;
        root.setId("main-view");
        root.setTop(new VBox(menuBar(), header()));
        root.setLeft(navigation());
        root.setCenter(pageHolder);
        pageHolder.setId("page-holder");
        // Spreadsheets dropped anywhere on the window open the import wizard with them.
        root.setOnDragOver(ImportWizardWindow::acceptFiles);
        root.setOnDragDropped(event -> {
            openImportWizard(ImportWizardWindow.droppedFiles(event));
            event.setDropCompleted(true);
            event.consume();
        });
        model.pageProperty().addListener((observable, old, now) -> show(now));
        show(model.pageProperty().get());
    }

    public Node root() {
        return root;
    }

    /** Opens the import wizard with {@code files} queued, or adds them to the wizard already open. */
    public void openImportWizard(List<Path> files) {
        if (wizard != null && wizard.isShowing()) {
            wizard.add(files);
            return;
        }
        wizard = new ImportWizardWindow(root.getScene().getWindow(), model.newImportWizard());
        wizard.show(files);
    }

    private Node menuBar() {
        MenuItem open = item("menu-open", tr("Open another project…"), Shortcuts.OPEN);
        open.setOnAction(event -> actions.openAnother());
        MenuItem create = item("menu-new", tr("New project…"), Shortcuts.NEW);
        create.setOnAction(event -> actions.createNew());
        MenuItem importFiles = item("menu-import", tr("Import files…"), Shortcuts.IMPORT);
        importFiles.setOnAction(event -> openImportWizard(List.of()));
        MenuItem check = item("menu-run-checks", tr("Run the cross-checks"), Shortcuts.RUN_CHECKS);
        check.setOnAction(event -> model.runChecks());
        MenuItem export = item("menu-export-report", tr("Export the report…"), Shortcuts.EXPORT_REPORT);
        export.setOnAction(event -> model.exportReport());
        MenuItem change = item("menu-change-passphrase", tr("Change passphrase…"), null);
        change.setOnAction(event -> model.changePassphrase());
        MenuItem backup = item("menu-backup", tr("Back up project…"), null);
        backup.setOnAction(event -> model.backUp());
        MenuItem recovery = item("menu-recovery-code", tr("Make a recovery code…"), null);
        recovery.setOnAction(event -> model.makeRecoveryCode());
        MenuItem lock = item("menu-lock", tr("Lock now"), Shortcuts.LOCK);
        lock.setOnAction(event -> actions.lockNow());
        MenuItem close = item("menu-close", tr("Close project"), Shortcuts.CLOSE);
        close.setOnAction(event -> actions.closeProject());
        MenuItem quit = item("menu-quit", tr("Quit"), Shortcuts.QUIT);
        quit.setOnAction(event -> actions.quit());
        Menu project = new Menu(tr("Project"), null, open, create, new SeparatorMenuItem(), importFiles, check,
                export, new SeparatorMenuItem(), backup, recovery, change, lock,
                new SeparatorMenuItem(), close, quit);
        project.setId("menu-project");

        Menu go = new Menu(tr("Go"));
        go.setId("menu-go");
        for (Page page : Page.values()) {
            MenuItem item = item("menu-go-" + page.key(), page.label(), Shortcuts.goTo(page));
            item.setOnAction(event -> model.navigate(page));
            go.getItems().add(item);
        }
        MenuItem shortcuts = item("menu-shortcuts", tr("Keyboard shortcuts"), Shortcuts.HELP);
        shortcuts.setOnAction(event -> model.showShortcuts());
        Menu help = new Menu(tr("Help"), null, shortcuts);
        help.setId("menu-help");
        MenuBar bar = named(new MenuBar(project, viewMenu(), go, help), "menu-bar", tr("Menu"));
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** Theme and auto-lock delay, bound to the saved preferences. */
    private Menu viewMenu() {
        CheckMenuItem dark = new CheckMenuItem(tr("Dark theme"));
        dark.setId("menu-dark-theme");
        dark.setMnemonicParsing(false);
        dark.setAccelerator(Shortcuts.DARK_THEME);
        dark.selectedProperty().bindBidirectional(preferences.darkThemeProperty());
        Menu lockAfter = new Menu(tr("Lock after inactivity"));
        lockAfter.setId("menu-lock-after");
        ToggleGroup delays = new ToggleGroup();
        for (int minutes : UserSettings.LOCK_CHOICES) {
            RadioMenuItem choice = new RadioMenuItem(minutes == 0 ? tr("Never") : tr("{0} min", minutes));
            choice.setId("menu-lock-after-" + minutes);
            choice.setMnemonicParsing(false);
            choice.setToggleGroup(delays);
            choice.setSelected(preferences.lockMinutesProperty().get() == minutes);
            choice.setOnAction(event -> preferences.lockMinutesProperty().set(minutes));
            lockAfter.getItems().add(choice);
        }
        Menu view = new Menu(tr("View"), null, dark, lockAfter);
        view.setId("menu-view");
        return view;
    }

    private Node header() {
        Label name = label("header-project", model.projectName(), "header-project");
        name.setWrapText(false);
        Label pack = label("header-pack", tr("Pack {0}", model.packLabel()), "header-chip");
        pack.setWrapText(false);
        Label fingerprint = label("header-fingerprint", tr("Fingerprint {0}", model.shortFingerprint()),
                "header-chip", "mono");
        fingerprint.setWrapText(false);
        fingerprint.setTooltip(new Tooltip(tr("SHA-256 of the pack: {0}", model.fingerprint())));
        HBox header = new HBox(Theme.iconView(28), name, pack, fingerprint, spacer());
        header.getStyleClass().add("app-header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Node navigation() {
        VBox nav = new VBox();
        nav.getStyleClass().add("nav");
        nav.setId("navigation");
        ToggleGroup group = new ToggleGroup();
        for (Page page : Page.values()) {
            ToggleButton button = named(new ToggleButton(page.label()), "nav-" + page.key(), page.label());
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMnemonicParsing(false);
            button.setToggleGroup(group);
            button.setOnAction(event -> {
                model.navigate(page);
                button.setSelected(model.pageProperty().get() == page);
            });
            navButtons.put(page, button);
            KeyCombination keys = Shortcuts.goTo(page);
            button.setTooltip(new Tooltip(keys == null ? page.label() : page.label() + " (" + keys.getDisplayText() + ")"));
            nav.getChildren().add(button);
        }
        Button close = button("close-project", tr("Close project"));
        close.setMaxWidth(Double.MAX_VALUE);
        close.setOnAction(event -> actions.closeProject());
        nav.getChildren().addAll(spacer(), close);
        return nav;
    }

    private void show(Page page) {
        Node content = pages.computeIfAbsent(page, this::build);
        pageHolder.getChildren().setAll(content);
        navButtons.get(page).setSelected(true);
    }

    private Node build(Page page) {
        return switch (page) {
            case PROJECT -> new ProjectOverviewView(model, () -> openImportWizard(List.of())).root();
            case PACK -> new PackView(model.pack()).root();
            case ACTIVITY -> new ActivityView(model.activity()).root();
            case IMPORTS -> new ImportsView(model.imports(), () -> openImportWizard(List.of())).root();
            case SUPPLIERS -> new SuppliersView(model.suppliers(), model.supplierChecks()).root();
            case FINDINGS -> new FindingsView(model.findings()).root();
            case DASHBOARD -> new DashboardView(model.dashboard()).root();
            case REPORTS -> new ReportsView(model.reports()).root();
            case FEDERATION -> new FederationView(model.federation()).root();
        };
    }

    private static MenuItem item(String id, String text, KeyCombination accelerator) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        return item;
    }
}
