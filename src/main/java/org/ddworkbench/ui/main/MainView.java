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
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ddworkbench.ui.Theme;
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
    private static final KeyCode[] DIGITS = {
        KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9,
    };

    private final MainViewModel model;
    private final WindowActions actions;
    private final BorderPane root = new BorderPane();
    private final StackPane pageHolder = new StackPane();
    private final Map<Page, Node> pages = new EnumMap<>(Page.class);
    private final Map<Page, ToggleButton> navButtons = new EnumMap<>(Page.class);
    private ImportWizardWindow wizard;

    public MainView(MainViewModel model, WindowActions actions) {
        this.model = model;
        this.actions = actions;
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
        MenuItem open = item("menu-open", tr("Open another project…"), ctrl(KeyCode.O));
        open.setOnAction(event -> actions.openAnother());
        MenuItem create = item("menu-new", tr("New project…"), ctrl(KeyCode.N));
        create.setOnAction(event -> actions.createNew());
        MenuItem importFiles = item("menu-import", tr("Import files…"), ctrl(KeyCode.I));
        importFiles.setOnAction(event -> openImportWizard(List.of()));
        MenuItem change = item("menu-change-passphrase", tr("Change passphrase…"), null);
        change.setOnAction(event -> model.changePassphrase());
        MenuItem close = item("menu-close", tr("Close project"), ctrl(KeyCode.W));
        close.setOnAction(event -> actions.closeProject());
        MenuItem quit = item("menu-quit", tr("Quit"), ctrl(KeyCode.Q));
        quit.setOnAction(event -> actions.quit());
        Menu project = new Menu(tr("Project"), null, open, create, new SeparatorMenuItem(), importFiles,
                new SeparatorMenuItem(), change,
                new SeparatorMenuItem(), close, quit);
        project.setId("menu-project");

        Menu go = new Menu(tr("Go"));
        go.setId("menu-go");
        Page[] all = Page.values();
        for (int i = 0; i < all.length; i++) {
            Page page = all[i];
            MenuItem item = item("menu-go-" + page.key(), page.label(), i < DIGITS.length ? ctrl(DIGITS[i]) : null);
            item.setOnAction(event -> model.navigate(page));
            go.getItems().add(item);
        }
        MenuBar bar = named(new MenuBar(project, go), "menu-bar", tr("Menu"));
        bar.setUseSystemMenuBar(true);
        return bar;
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
        Page[] all = Page.values();
        for (int i = 0; i < all.length; i++) {
            Page page = all[i];
            ToggleButton button = named(new ToggleButton(page.label()), "nav-" + page.key(), page.label());
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMnemonicParsing(false);
            button.setToggleGroup(group);
            button.setOnAction(event -> {
                model.navigate(page);
                button.setSelected(model.pageProperty().get() == page);
            });
            navButtons.put(page, button);
            String shortcut = i < DIGITS.length ? " (Ctrl+" + (i + 1) + ")" : "";
            button.setTooltip(new Tooltip(page.label() + shortcut));
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

    private static KeyCombination ctrl(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }
}
