package org.ddworkbench.ui.reports;

import static org.ddworkbench.ui.Controls.button;
import static org.ddworkbench.ui.Controls.column;
import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.named;
import static org.ddworkbench.ui.Controls.primaryButton;
import static org.ddworkbench.ui.Controls.spacer;
import static org.ddworkbench.ui.Controls.textField;
import static org.ddworkbench.ui.I18n.tr;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Federation screen: open aggregate packets from several organisations, merge them, read the combined
 * tables and charts with the notes on what was not combined, and save the merged packet. It needs no project.
 */
public final class FederationView {
    private final FederationViewModel model;
    private final VBox root = new VBox();
    private final VBox notes = new VBox(4);
    private final PacketView merged = new PacketView("merged",
            tr("Add at least two packets that used the same metric pack and choose Merge."));

    /** The screen inside a project window. */
    public FederationView(FederationViewModel model) {
        this(model, null);
    }

    /** The screen on its own, with a button that runs {@code back} (to the start screen). */
    public FederationView(FederationViewModel model, Runnable back) {
        this.model = model;
        root.setId("federation-view");
        root.getStyleClass().add("page");
        root.getStylesheets().add(ReportStyles.stylesheet());
        HBox top = new HBox(16, label("federation-title", tr("Federation: combine aggregate packets"),
                "section-title"), spacer());
        top.setAlignment(Pos.CENTER_LEFT);
        if (back != null) {
            Button leave = button("federation-back", tr("Back to the start screen"));
            leave.setOnAction(event -> back.run());
            top.getChildren().add(leave);
        }
        Label intro = label("federation-intro", tr("Each organisation exports a JSON aggregate packet from its own "
                + "project. Packets made with the same metric pack combine here into one view: counts add up, "
                + "suppressed cells stay suppressed, and no project or passphrase is needed."), "muted");

        VBox content = new VBox(14, packetList(), mergeBar(), notes, merged.root());
        notes.setId("federation-notes");
        ScrollPane scroll = named(new ScrollPane(content), "federation-scroll", tr("Packets and the combined view"));
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(top, intro, scroll);

        model.mergedProperty().addListener((observable, old, result) ->
                merged.show(result == null ? null : result.packet()));
        model.notes().addListener((ListChangeListener<String>) change -> showNotes());
    }

    public Node root() {
        return root;
    }

    private Node packetList() {
        TableView<PacketRow> table = named(new TableView<>(model.packets()), "federation-packets",
                tr("Packets to combine"));
        table.setPlaceholder(label("federation-packets-empty", tr("No packets yet. Choose Add packets… to open the "
                + "JSON files other organisations sent you."), "muted"));
        table.getColumns().add(column(tr("File"), 170, PacketRow::fileName));
        table.getColumns().add(column(tr("Organisation"), 150, PacketRow::organisation));
        table.getColumns().add(column(tr("Report"), 200, PacketRow::report));
        table.getColumns().add(column(tr("Metric pack"), 250, PacketRow::pack));
        table.getColumns().add(column(tr("Released"), 90, PacketRow::released));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(130);
        table.setMinHeight(110);
        table.getSelectionModel().selectedItemProperty().addListener(
                (observable, old, row) -> model.selectedProperty().set(row));

        Button add = button("federation-add", tr("Add packets…"));
        add.setOnAction(event -> model.addPackets());
        Button remove = button("federation-remove", tr("Remove"));
        remove.disableProperty().bind(model.selectedProperty().isNull());
        remove.setOnAction(event -> model.removeSelected());
        VBox buttons = new VBox(8, add, remove);
        HBox row = new HBox(10, table, buttons);
        HBox.setHgrow(table, Priority.ALWAYS);
        return row;
    }

    private Node mergeBar() {
        TextField name = textField("federation-name", tr("Name of the combined report"), tr("Combined report"));
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setPrefColumnCount(22);
        Button merge = primaryButton("federation-merge", tr("Merge"));
        merge.disableProperty().bind(Bindings.size(model.packets()).lessThan(2));
        merge.setOnAction(event -> model.merge());
        Button save = button("federation-save", tr("Save merged packet…"));
        save.disableProperty().bind(model.mergedProperty().isNull());
        save.setOnAction(event -> model.saveMerged());
        Label message = label("federation-message", "", "report-outcome");
        message.textProperty().bind(model.messageProperty());
        HBox bar = new HBox(10, label("federation-name-label", tr("Name"), "field-label"), name, merge, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, bar, message);
    }

    private void showNotes() {
        notes.getChildren().clear();
        if (model.notes().isEmpty()) {
            return;
        }
        notes.getChildren().add(label("federation-notes-title", tr("Not combined"), "subsection-title"));
        for (int i = 0; i < model.notes().size(); i++) {
            notes.getChildren().add(label("federation-note-" + i, model.notes().get(i), "muted"));
        }
    }
}
