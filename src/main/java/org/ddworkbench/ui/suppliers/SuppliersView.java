package org.ddworkbench.ui.suppliers;

import static org.ddworkbench.ui.Controls.button;
import static org.ddworkbench.ui.Controls.column;
import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.named;
import static org.ddworkbench.ui.Controls.textField;
import static org.ddworkbench.ui.Controls.wrappingColumn;
import static org.ddworkbench.ui.I18n.tr;

import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ddworkbench.model.SupplierMatch;
import org.ddworkbench.ui.imports.ImportText;

/**
 * The Suppliers screen: filters, the supplier table, what each file said about the selected one, matches to
 * review, and the selected supplier's risk breakdown, findings and corrective actions.
 */
public final class SuppliersView {
    private final SuppliersViewModel model;
    private final VBox root = new VBox();
    private final TreeItem<EvidenceNode> evidenceRoot = new TreeItem<>();

    public SuppliersView(SuppliersViewModel model, SupplierChecksViewModel checks) {
        this.model = model;
        root.setId("suppliers-view");
        root.getStyleClass().add("page");

        TextField filter = textField("suppliers-filter", tr("Filter suppliers"),
                tr("Name, external id, sector or country"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setPrefWidth(300);
        filter.setMaxWidth(380);
        HBox.setHgrow(filter, Priority.SOMETIMES);
        ChoiceBox<FilterChoice> country = choice("suppliers-country", tr("Country"), model.countries());
        country.valueProperty().bindBidirectional(model.countryProperty());
        ChoiceBox<FilterChoice> sector = choice("suppliers-sector", tr("Sector"), model.sectors());
        sector.valueProperty().bindBidirectional(model.sectorProperty());
        ChoiceBox<FilterChoice> tier = choice("suppliers-tier", tr("Tier"), model.tiers());
        tier.valueProperty().bindBidirectional(model.tierProperty());
        Label count = label("suppliers-count", "", "muted");
        count.setWrapText(false);
        // The filter field gives way on a narrow window; the count stays readable.
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(Bindings.createStringBinding(() -> tr("Showing {0} of {1} suppliers",
                String.valueOf(model.suppliers().size()), String.valueOf(model.allSuppliers().size())),
                model.suppliers(), model.allSuppliers()));
        HBox filters = new HBox(10, filter, country, sector, tier, count);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<SupplierRow> table = named(new TableView<>(model.suppliers()), "suppliers-table", tr("Suppliers"));
        table.setPlaceholder(label("suppliers-empty", tr("No suppliers yet. Import a supplier list, or any "
                + "questionnaire or audit that names its supplier."), "muted"));
        table.getColumns().add(column(tr("Name"), 280, row -> row.supplier().name()));
        table.getColumns().add(column(tr("Country"), 150, SupplierRow::country));
        table.getColumns().add(column(tr("Sector"), 100, row -> row.supplier().sector()));
        table.getColumns().add(column(tr("Tier"), 60, SupplierRow::tier));
        table.getColumns().add(column(tr("External id"), 150, row -> row.supplier().externalId()));
        table.getColumns().add(number(tr("Files"), row -> row.supplier().files()));
        table.getColumns().add(number(tr("Values"), row -> row.supplier().values()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener(
                (observable, old, row) -> model.selectedProperty().set(row));
        model.selectedProperty().addListener((observable, old, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });

        TabPane details = named(new TabPane(
                tab("suppliers-tab-evidence", tr("What each file said"), evidencePane()),
                tab("suppliers-tab-matches", tr("Review matches"), matchesPane())), "suppliers-details",
                tr("The selected supplier and matches to review"));
        details.getTabs().addAll(new SupplierChecksPane(checks).tabs());
        details.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab matchesTab = details.getTabs().get(1);
        matchesTab.textProperty().bind(Bindings.createStringBinding(() -> tr("Review matches ({0})",
                String.valueOf(model.pendingMatches().size())), model.pendingMatches()));

        SplitPane split = named(new SplitPane(table, details), "suppliers-split", tr("Suppliers and details"));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);

        root.getChildren().addAll(label("suppliers-title", tr("Suppliers"), "section-title"), filters, subsetBar(),
                split);
        model.evidence().addListener((ListChangeListener<EvidenceGroup>) change -> showEvidence());
    }

    public Node root() {
        return root;
    }

    /** Says which group the Dashboard asked for, with a way back to every supplier; hidden without one. */
    private Node subsetBar() {
        Label shown = label("suppliers-subset", "", "hint");
        shown.textProperty().bind(Bindings.createStringBinding(() -> model.subsetProperty().get() == null ? ""
                : tr("Showing only: {0}", model.subsetProperty().get().label()), model.subsetProperty()));
        Button all = button("suppliers-subset-clear", tr("Show all suppliers"));
        all.setOnAction(event -> model.showOnly(null));
        HBox bar = new HBox(10, shown, all);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(model.subsetProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Node evidencePane() {
        Label status = label("suppliers-evidence-status", "", "muted");
        status.textProperty().bind(model.evidenceStatusProperty());
        TreeTableView<EvidenceNode> tree = named(new TreeTableView<>(evidenceRoot), "suppliers-evidence",
                tr("What each file said about the selected supplier"));
        tree.setShowRoot(false);
        tree.getColumns().add(treeColumn(tr("File"), 230, EvidenceNode::file));
        tree.getColumns().add(treeColumn(tr("Kind"), 150, EvidenceNode::kind));
        tree.getColumns().add(treeColumn(tr("Sheet"), 90, EvidenceNode::sheet));
        tree.getColumns().add(treeColumn(tr("Row"), 50, EvidenceNode::row));
        tree.getColumns().add(treeColumn(tr("Column"), 65, EvidenceNode::column));
        tree.getColumns().add(treeColumn(tr("Metric"), 250, EvidenceNode::metric));
        tree.getColumns().add(treeColumn(tr("Value"), 200, EvidenceNode::value));
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.setPlaceholder(label("suppliers-evidence-empty", tr("Nothing to show."), "muted"));
        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox pane = new VBox(8, status, tree);
        pane.setPadding(new Insets(10, 0, 0, 0));
        return pane;
    }

    private Node matchesPane() {
        TableView<SupplierMatch> table = named(new TableView<>(model.pendingMatches()), "suppliers-matches",
                tr("Uncertain supplier matches"));
        table.setPlaceholder(label("suppliers-matches-empty", tr("No uncertain matches."), "muted"));
        table.getColumns().add(column(tr("Name as written"), 240, SupplierMatch::nameAsWritten));
        table.getColumns().add(column(tr("Country"), 120, m -> Countries.describe(m.country())));
        table.getColumns().add(column(tr("Resembles"), 240, SupplierMatch::candidateName));
        table.getColumns().add(column(tr("Similarity"), 90, m -> Math.round(m.score() * 100) + " %"));
        table.getColumns().add(wrappingColumn(tr("Where"), 160, m -> tr("Sheet {0}, row {1}", m.sheet(),
                String.valueOf(m.row()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox pane = new VBox(8, label("suppliers-matches-text", tr("These names in imported files resemble a "
                + "supplier already in the project without matching it for certain. They are kept as separate "
                + "suppliers; nothing was merged. Reviewing and merging them comes in a later version; for now "
                + "this list is for reading."), "muted"), table);
        pane.setPadding(new Insets(10, 0, 0, 0));
        return pane;
    }

    private void showEvidence() {
        evidenceRoot.getChildren().clear();
        for (EvidenceGroup group : model.evidence()) {
            TreeItem<EvidenceNode> file = new TreeItem<>(new EvidenceNode(group.fileName(),
                    ImportText.kind(group.kind()), "", "", "",
                    tr("{0,choice,1#1 value|1<{0,number,integer} values}", group.lines().size()), ""));
            for (EvidenceGroup.Line line : group.lines()) {
                file.getChildren().add(new TreeItem<>(new EvidenceNode("", "", line.sheet(), line.row(),
                        line.column(), line.metric(), line.value())));
            }
            file.setExpanded(true);
            evidenceRoot.getChildren().add(file);
        }
    }

    private static ChoiceBox<FilterChoice> choice(String id, String accessibleText,
            ObservableList<FilterChoice> items) {
        ChoiceBox<FilterChoice> box = named(new ChoiceBox<>(items), id, accessibleText);
        box.setMaxWidth(220);
        return box;
    }

    private static TreeTableColumn<EvidenceNode, String> treeColumn(String title, double width,
            Function<EvidenceNode, String> text) {
        TreeTableColumn<EvidenceNode, String> column = new TreeTableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(data -> new ReadOnlyStringWrapper(
                data.getValue().getValue() == null ? "" : text.apply(data.getValue().getValue())));
        return column;
    }

    private static TableColumn<SupplierRow, String> number(String title,
            ToLongFunction<SupplierRow> value) {
        TableColumn<SupplierRow, String> column = column(title, 70, row -> String.format("%,d", value.applyAsLong(row)));
        column.setStyle("-fx-alignment: center-right;");
        return column;
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    /** A line of the evidence tree: a file (kind and name) or one value under it. */
    private record EvidenceNode(String file, String kind, String sheet, String row, String column, String metric,
            String value) {
    }
}
