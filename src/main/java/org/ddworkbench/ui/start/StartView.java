package org.ddworkbench.ui.start;

import static org.ddworkbench.ui.Controls.button;
import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.named;
import static org.ddworkbench.ui.Controls.passwordField;
import static org.ddworkbench.ui.Controls.primaryButton;
import static org.ddworkbench.ui.Controls.textField;
import static org.ddworkbench.ui.I18n.tr;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.ddworkbench.ui.Theme;
import org.ddworkbench.ui.start.StartViewModel.Mode;
import org.ddworkbench.ui.start.StartViewModel.PackSource;

/** The start screen: open or create a project, recent folders, and the sample project; binds to {@link StartViewModel}. */
public final class StartView {
    private static final double FORM_WIDTH = 600;

    private final StartViewModel model;
    private final Runnable openFederation;
    private final Runnable restoreBackup;
    private final BorderPane root = new BorderPane();
    private PasswordField openPassphrase;
    private TextField createName;

    /** {@code openFederation} shows the Federation screen, which merges packets without a project. */
    public StartView(StartViewModel model, Runnable openFederation, Runnable restoreBackup) {
        this.model = model;
        this.openFederation = openFederation;
        this.restoreBackup = restoreBackup;
        root.setId("start-view");
        root.setLeft(side());
        root.setCenter(forms());
    }

    public Node root() {
        return root;
    }

    /** Puts the keyboard focus where the user will type next in the current form. */
    public void focusForm() {
        Platform.runLater(() -> {
            if (model.modeProperty().get() == Mode.OPEN) {
                openPassphrase.requestFocus();
            } else {
                createName.requestFocus();
            }
        });
    }

    private Node side() {
        Label title = label("app-title", tr("Diligence Workbench"), "brand-title");
        title.setWrapText(false);
        title.setMinWidth(Label.USE_PREF_SIZE);
        Label tagline = label("app-tagline", tr("Offline due diligence on forced labour in supply chains."), "muted");
        HBox brand = new HBox(12, Theme.iconView(48), new VBox(2, title, tagline));
        brand.setAlignment(Pos.CENTER_LEFT);

        Button sample = primaryButton("open-sample", tr("Open the sample project"));
        sample.getStyleClass().add("large");
        sample.setMaxWidth(Double.MAX_VALUE);
        sample.setOnAction(event -> model.openSample());
        sample.disableProperty().bind(model.busyProperty());
        VBox sampleCard = new VBox(
                label("sample-heading", tr("New here?"), "subsection-title"),
                label("sample-text", tr("Look around in a fictional project with suppliers, audits and worker "
                        + "surveys. Its passphrase is public, so never put real data in it.")),
                sample);
        sampleCard.getStyleClass().add("sample-card");

        ListView<Path> recent = named(new ListView<>(model.recentProjects()), "recent-projects",
                tr("Recent projects"));
        recent.getStyleClass().add("recent-list");
        recent.setPlaceholder(label("recent-empty", tr("No recent projects yet."), "muted"));
        recent.setCellFactory(list -> new RecentCell());
        recent.getSelectionModel().selectedItemProperty().addListener((observable, old, folder) -> {
            if (folder != null) {
                model.selectRecent(folder);
                focusForm();
            }
        });
        VBox.setVgrow(recent, Priority.ALWAYS);

        Button federation = button("open-federation", tr("Combine aggregate packets…"));
        federation.setMaxWidth(Double.MAX_VALUE);
        federation.setOnAction(event -> openFederation.run());
        Button restore = button("open-restore", tr("Restore a backup…"));
        restore.setMaxWidth(Double.MAX_VALUE);
        restore.setOnAction(event -> restoreBackup.run());
        VBox side = new VBox(brand, sampleCard, label("recent-heading", tr("Recent projects"), "subsection-title"),
                recent, restore, federation);
        side.getStyleClass().add("start-side");
        side.setPrefWidth(340);
        side.setMinWidth(300);
        return side;
    }

    private Node forms() {
        ToggleButton openMode = named(new ToggleButton(tr("Open a project")), "mode-open", tr("Open a project"));
        ToggleButton createMode = named(new ToggleButton(tr("Create a project")), "mode-create",
                tr("Create a project"));
        openMode.getStyleClass().add("first");
        createMode.getStyleClass().add("last");
        ToggleGroup modes = new ToggleGroup();
        modes.getToggles().addAll(openMode, createMode);
        modes.selectedToggleProperty().addListener((observable, old, now) -> {
            if (now == null) {
                modes.selectToggle(old);
            } else {
                model.modeProperty().set(now == openMode ? Mode.OPEN : Mode.CREATE);
            }
        });
        model.modeProperty().addListener((observable, old, now) -> modes.selectToggle(
                now == Mode.OPEN ? openMode : createMode));
        modes.selectToggle(model.modeProperty().get() == Mode.OPEN ? openMode : createMode);
        HBox segmented = new HBox(openMode, createMode);
        segmented.getStyleClass().add("segmented");

        Node open = openCard();
        Node create = createCard();
        bindShown(open, model.modeProperty().isEqualTo(Mode.OPEN));
        bindShown(create, model.modeProperty().isEqualTo(Mode.CREATE));
        StackPane cards = new StackPane(open, create);
        cards.setAlignment(Pos.TOP_LEFT);

        VBox page = new VBox(segmented, cards, privacyCard());
        page.getStyleClass().add("page");
        page.setMaxWidth(FORM_WIDTH + 48);
        page.setPrefWidth(FORM_WIDTH + 48);
        HBox centred = new HBox(page);
        centred.setAlignment(Pos.TOP_CENTER);
        ScrollPane scroll = named(new ScrollPane(centred), "start-forms", tr("Open or create a project"));
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node privacyCard() {
        VBox card = new VBox(8, label("privacy-heading", tr("How your data is protected"), "subsection-title"),
                bullet("privacy-encrypted", tr("Each project is one folder on this computer, encrypted with a key "
                        + "that only its passphrase unlocks.")),
                bullet("privacy-offline", tr("The workbench never connects to the internet.")),
                bullet("privacy-aggregates", tr("Reports hold aggregates only: never rows about a worker, and small "
                        + "groups are suppressed.")),
                bullet("privacy-passphrase", tr("Keep the passphrase safe and keep the recovery code offline: "
                        + "if both are lost, nobody can open the project, not even you.")));
        card.getStyleClass().addAll("card", "info-card");
        card.setMaxWidth(FORM_WIDTH);
        return card;
    }

    private static Node bullet(String id, String text) {
        Circle dot = new Circle(3);
        dot.getStyleClass().add("bullet");
        Label body = label(id, text, "muted");
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox line = new HBox(10, dot, body);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private Node openCard() {
        TextField folder = textField("open-folder", tr("Project folder"), tr("Folder of the project"));
        folder.textProperty().bindBidirectional(model.openFolderProperty());
        Button browse = button("open-browse", tr("Browse…"));
        browse.setOnAction(event -> model.chooseOpenFolder());
        openPassphrase = passwordField("open-passphrase", tr("Passphrase of the project"));
        openPassphrase.textProperty().bindBidirectional(model.openPassphraseProperty());
        openPassphrase.setOnAction(event -> model.openProject());

        GridPane grid = formGrid();
        grid.addRow(0, fieldLabel("open-folder-label", tr("Folder"), folder), folder, browse);
        grid.addRow(1, fieldLabel("open-passphrase-label", tr("Passphrase"), openPassphrase), openPassphrase);

        Label problem = label("open-problem", "", "feedback-error");
        problem.textProperty().bind(model.openProblemProperty());
        bindShown(problem, model.openProblemProperty().isNotEmpty());

        Button open = primaryButton("open-button", tr("Open project"));
        open.setOnAction(event -> model.openProject());
        open.disableProperty().bind(model.busyProperty());
        Hyperlink forgot = named(new Hyperlink(tr("Forgot the passphrase? Use the recovery code…")), "open-forgot",
                tr("Forgot the passphrase? Use the recovery code…"));
        forgot.setOnAction(event -> model.recoverWithCode());
        forgot.disableProperty().bind(model.busyProperty());
        HBox actions = new HBox(16, open, forgot);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(12,
                label("open-heading", tr("Open a project"), "section-title"),
                label("open-text", tr("A project is an encrypted folder on this computer. Enter the passphrase "
                        + "that was chosen when the project was created."), "muted"),
                grid, problem, actions);
        card.getStyleClass().add("card");
        card.setMaxWidth(FORM_WIDTH);
        return card;
    }

    private Node createCard() {
        createName = textField("create-name", tr("Project name"), tr("For example: Apparel suppliers 2025"));
        createName.textProperty().bindBidirectional(model.createNameProperty());
        TextField folder = textField("create-folder", tr("Folder for the new project"), tr("A new or empty folder"));
        folder.textProperty().bindBidirectional(model.createFolderProperty());
        Button browse = button("create-browse", tr("Browse…"));
        browse.setOnAction(event -> model.chooseCreateFolder());
        PasswordField passphrase = passwordField("create-passphrase", tr("New passphrase"));
        passphrase.textProperty().bindBidirectional(model.createPassphraseProperty());
        PasswordField repeat = passwordField("create-repeat", tr("Repeat the new passphrase"));
        repeat.textProperty().bindBidirectional(model.createRepeatProperty());
        repeat.setOnAction(event -> model.createProject());

        Label rule = label("create-passphrase-rule", model.passphraseRule(), "hint");
        Label feedback = label("create-passphrase-feedback", "");
        feedback.textProperty().bind(model.passphraseFeedbackProperty());
        bindShown(feedback, model.passphraseFeedbackProperty().isNotEmpty());
        model.passphraseAcceptedProperty().addListener((observable, old, ok) -> styleFeedback(feedback, ok));
        styleFeedback(feedback, model.passphraseAcceptedProperty().get());

        GridPane grid = formGrid();
        grid.addRow(0, fieldLabel("create-name-label", tr("Name"), createName), createName);
        grid.addRow(1, fieldLabel("create-folder-label", tr("Folder"), folder), folder, browse);
        grid.add(label("create-folder-hint", tr("The project is stored only in this folder, encrypted."), "hint"),
                1, 2, 2, 1);
        grid.addRow(3, fieldLabel("create-passphrase-label", tr("Passphrase"), passphrase), passphrase);
        grid.addRow(4, fieldLabel("create-repeat-label", tr("Repeat"), repeat), repeat);
        grid.add(new VBox(4, rule, feedback), 1, 5, 2, 1);
        Node packChoice = packChoice();
        grid.add(fieldLabel("create-pack-label", tr("Metric pack"), packChoice), 0, 6);
        grid.add(packChoice, 1, 6, 2, 1);
        CheckBox recovery = named(new CheckBox(tr("Also make a recovery code, in case the passphrase is forgotten "
                + "(recommended)")), "create-recovery", tr("Make a recovery code"));
        recovery.setWrapText(true);
        recovery.selectedProperty().bindBidirectional(model.createRecoveryCodeProperty());
        grid.add(recovery, 1, 7, 2, 1);

        Label problem = label("create-problem", "", "feedback-error");
        problem.textProperty().bind(model.createProblemProperty());
        bindShown(problem, model.createProblemProperty().isNotEmpty());

        Button create = primaryButton("create-button", tr("Create project"));
        create.setOnAction(event -> model.createProject());
        create.disableProperty().bind(model.busyProperty());

        VBox card = new VBox(12,
                label("create-heading", tr("Create a project"), "section-title"),
                label("create-text", tr("One encrypted project per engagement or supplier portfolio. Nothing "
                        + "leaves this computer unless you export it."), "muted"),
                grid, problem, create);
        card.getStyleClass().add("card");
        card.setMaxWidth(FORM_WIDTH);
        return card;
    }

    private Node packChoice() {
        RadioButton bundled = named(new RadioButton(tr("The bundled pack, forced-labour-core")), "create-pack-bundled",
                tr("Use the bundled metric pack"));
        RadioButton file = named(new RadioButton(tr("A pack file (JSON)")), "create-pack-file",
                tr("Use a metric pack file"));
        ToggleGroup group = new ToggleGroup();
        group.getToggles().addAll(bundled, file);
        group.selectToggle(model.packSourceProperty().get() == PackSource.BUNDLED ? bundled : file);
        group.selectedToggleProperty().addListener((observable, old, now) -> {
            if (now == null) {
                group.selectToggle(old);
            } else {
                model.packSourceProperty().set(now == bundled ? PackSource.BUNDLED : PackSource.FILE);
            }
        });
        model.packSourceProperty().addListener((observable, old, now) ->
                group.selectToggle(now == PackSource.BUNDLED ? bundled : file));

        Button choose = button("create-pack-choose", tr("Choose file…"));
        choose.setOnAction(event -> model.choosePackFile());
        Label status = label("create-pack-status", "", "hint");
        status.textProperty().bind(model.packStatusProperty());
        bindShown(status, model.packSourceProperty().isEqualTo(PackSource.FILE)
                .and(model.packStatusProperty().isNotEmpty()));
        model.packInvalidProperty().addListener((observable, old, invalid) -> {
            status.getStyleClass().removeAll("hint", "feedback-error");
            status.getStyleClass().add(invalid ? "feedback-error" : "hint");
        });
        HBox fileRow = new HBox(10, file, choose);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, bundled, fileRow, status);
    }

    private static void styleFeedback(Label feedback, boolean ok) {
        feedback.getStyleClass().removeAll("feedback-ok", "feedback-error");
        feedback.getStyleClass().add(ok ? "feedback-ok" : "feedback-error");
    }

    private static GridPane formGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields, new ColumnConstraints());
        return grid;
    }

    private static Label fieldLabel(String id, String text, Node field) {
        Label label = label(id, text, "field-label");
        label.setWrapText(false);
        label.setLabelFor(field);
        return label;
    }

    private static void bindShown(Node node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** A recent project: the folder name in bold over its full path. */
    private static final class RecentCell extends ListCell<Path> {
        RecentCell() {
            // A small preferred width lets the cell follow the list's width instead of scrolling sideways.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Path folder, boolean empty) {
            super.updateItem(folder, empty);
            if (empty || folder == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
            Label nameLabel = new Label(name);
            nameLabel.getStyleClass().add("recent-name");
            Label pathLabel = new Label(folder.toString());
            pathLabel.getStyleClass().add("recent-path");
            // The end of a path says most, so long paths lose their beginning.
            pathLabel.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
            setGraphic(new VBox(1, nameLabel, pathLabel));
            setAccessibleText(tr("Recent project {0}", folder.toString()));
        }
    }
}
