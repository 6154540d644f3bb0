package org.ddworkbench.ui.main;

import static org.ddworkbench.ui.Controls.button;
import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.named;
import static org.ddworkbench.ui.I18n.tr;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ddworkbench.ui.activity.ActivityView;

/** The Project page: what the open project is, where it lives, the pack it uses and the state of its activity log. */
public final class ProjectOverviewView {
    private final ScrollPane root;

    /** {@code importFiles} opens the import wizard. */
    public ProjectOverviewView(MainViewModel model, Runnable importFiles) {
        GridPane facts = new GridPane();
        facts.getStyleClass().add("facts");
        facts.setHgap(16);
        facts.setVgap(10);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(130);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().addAll(keys, values);
        int row = 0;
        addFact(facts, row++, "overview-name", tr("Name"), model.projectName());
        addFact(facts, row++, "overview-folder", tr("Folder"), model.folder());
        addFact(facts, row++, "overview-created", tr("Created"), model.created());
        addFact(facts, row++, "overview-pack", tr("Metric pack"),
                tr("{0} ({1})", model.packTitle(), model.packLabel()));
        TextField fingerprint = named(new TextField(model.fingerprint()), "overview-fingerprint",
                tr("Pack fingerprint"));
        fingerprint.setEditable(false);
        fingerprint.getStyleClass().add("mono");
        facts.addRow(row++, factKey("overview-fingerprint-label", tr("Pack fingerprint"), fingerprint), fingerprint);
        addFact(facts, row, "overview-schema", tr("Store version"), model.schemaVersion());
        VBox projectCard = card(label("overview-heading", tr("This project"), "subsection-title"), facts);

        Label entries = label("overview-entries", "", "fact-value");
        entries.textProperty().bind(Bindings.createStringBinding(
                () -> tr("{0,choice,0#No entries|1#1 entry|1<{0,number,integer} entries} in the log.",
                        model.activity().entryCountProperty().get()),
                model.activity().entryCountProperty()));
        Label banner = ActivityView.chainBanner("overview-chain", model.activity());
        banner.setMaxWidth(Double.MAX_VALUE);
        Button show = button("overview-show-activity", tr("Show the activity log"));
        show.setOnAction(event -> model.navigate(Page.ACTIVITY));
        HBox activityRow = new HBox(12, entries, show);
        activityRow.setAlignment(Pos.CENTER_LEFT);
        VBox activityCard = card(label("overview-activity-heading", tr("Activity log"), "subsection-title"),
                banner, activityRow);

        Label imported = label("overview-imported", "", "fact-value");
        imported.textProperty().bind(Bindings.createStringBinding(
                () -> tr("{0,choice,0#No files|1#1 file|1<{0,number,integer} files} imported, "
                        + "{1,choice,0#no suppliers|1#1 supplier|1<{1,number,integer} suppliers}.",
                        model.imports().rows().size(), model.suppliers().allSuppliers().size()),
                model.imports().rows(), model.suppliers().allSuppliers()));
        Button importButton = button("overview-import", tr("Import files…"));
        importButton.getStyleClass().add("primary");
        importButton.setOnAction(event -> importFiles.run());
        Button showImports = button("overview-show-imports", tr("Show imports"));
        showImports.setOnAction(event -> model.navigate(Page.IMPORTS));
        Button showSuppliers = button("overview-show-suppliers", tr("Show suppliers"));
        showSuppliers.setOnAction(event -> model.navigate(Page.SUPPLIERS));
        HBox dataButtons = new HBox(12, importButton, showImports, showSuppliers);
        dataButtons.setAlignment(Pos.CENTER_LEFT);
        VBox dataCard = card(label("overview-data-heading", tr("Imported data"), "subsection-title"), imported,
                label("overview-data-text", tr("Import supplier lists, self-assessment questionnaires, audit "
                        + "workbooks, worker surveys and grievance logs (XLSX, XLS or CSV), or drop them onto the "
                        + "window. Every file is checked and shown to you before anything is stored."), "muted"),
                dataButtons);

        Button pack = button("overview-show-pack", tr("Browse the metric pack"));
        pack.setOnAction(event -> model.navigate(Page.PACK));
        VBox nextCard = card(label("overview-next-heading", tr("Getting started"), "subsection-title"),
                step(1, tr("Import the files you have: supplier lists, questionnaires, audit workbooks, worker "
                        + "surveys (Import files…, or drop them onto the window).")),
                step(2, tr("Run the cross-checks on the Findings screen (Ctrl+R) and open a finding to see the "
                        + "cells it rests on; confirm, dispute or set it aside.")),
                step(3, tr("Follow each supplier's risk score and open corrective actions from the findings.")),
                step(4, tr("Build a report on the Reports screen and export it; small groups are suppressed, and "
                        + "only aggregates leave the project.")),
                step(5, tr("Keep the work safe: back up the project, make a recovery code (Project menu) and lock "
                        + "the window when you step away (Ctrl+L).")),
                pack);

        VBox page = new VBox(label("overview-title", tr("Project"), "section-title"),
                projectCard, dataCard, activityCard, nextCard);
        page.getStyleClass().add("page");
        page.setMaxWidth(900);
        root = named(new ScrollPane(page), "project-overview", tr("Project overview"));
        root.setFitToWidth(true);
    }

    public Node root() {
        return root;
    }

    private static void addFact(GridPane facts, int row, String id, String key, String value) {
        Label valueLabel = label(id, value == null ? "" : value, "fact-value");
        facts.addRow(row, factKey(id + "-label", key, valueLabel), valueLabel);
    }

    private static Label factKey(String id, String text, Node value) {
        Label key = label(id, text, "fact-key");
        key.setLabelFor(value);
        return key;
    }

    private static VBox card(Node... children) {
        VBox card = new VBox(12, children);
        card.getStyleClass().add("card");
        return card;
    }

    /** One numbered step of the getting-started guide. */
    private static Label step(int number, String text) {
        Label step = label("overview-step-" + number, number + ". " + text, "muted");
        step.setWrapText(true);
        return step;
    }
}
