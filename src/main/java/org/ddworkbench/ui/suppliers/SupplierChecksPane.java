package org.ddworkbench.ui.suppliers;

import static org.ddworkbench.ui.Controls.button;
import static org.ddworkbench.ui.Controls.column;
import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.named;
import static org.ddworkbench.ui.Controls.wrappingColumn;
import static org.ddworkbench.ui.I18n.tr;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ddworkbench.ui.findings.FindingRow;
import org.ddworkbench.ui.findings.FindingsView;

/** The tabs of the supplier detail that show its risk breakdown, its findings and its corrective actions. */
final class SupplierChecksPane {
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private final SupplierChecksViewModel model;

    SupplierChecksPane(SupplierChecksViewModel model) {
        this.model = model;
    }

    List<Tab> tabs() {
        return List.of(tab("suppliers-tab-risk", tr("Risk score"), riskPane()),
                tab("suppliers-tab-findings", tr("Findings"), findingsPane()),
                tab("suppliers-tab-actions", tr("Corrective actions"), actionsPane()));
    }

    private Node riskPane() {
        Label score = label("supplier-risk-score", "", "subsection-title");
        score.textProperty().bind(model.scoreProperty());
        TableView<RiskTermRow> table = named(new TableView<>(model.terms()), "supplier-risk-terms",
                tr("The terms of the risk score"));
        table.setPlaceholder(label("supplier-risk-empty", tr("No terms."), "muted"));
        table.getColumns().add(column(tr("Factor"), 100, RiskTermRow::factor));
        table.getColumns().add(wrappingColumn(tr("What"), 420, row -> row.term().label()));
        table.getColumns().add(number(tr("Input"), RiskTermRow::input));
        table.getColumns().add(number(tr("Weight"), RiskTermRow::weight));
        table.getColumns().add(number(tr("Points"), RiskTermRow::points));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(owner -> doubleClickRow(model::openFinding));
        Label total = label("supplier-risk-total", "", "field-label");
        total.textProperty().bind(model.totalProperty());
        Label hint = label("supplier-risk-hint", tr("Each term is input × weight from the metric pack; the "
                + "terms add up to the score. Double-click a finding term to open the finding."), "hint");
        return pane(score, hint, table, total);
    }

    private Node findingsPane() {
        TableView<FindingRow> table = named(new TableView<>(model.findings()), "supplier-findings",
                tr("The findings about the selected supplier"));
        table.setPlaceholder(label("supplier-findings-empty", tr("No findings about this supplier."), "muted"));
        table.getColumns().add(FindingsView.severityColumn(row -> row.finding().severity(), FindingRow::severity));
        table.getColumns().add(wrappingColumn(tr("Title"), 320, row -> row.finding().title()));
        table.getColumns().add(wrappingColumn(tr("Indicators"), 220, FindingRow::indicators));
        table.getColumns().add(column(tr("Status"), 80, FindingRow::status));
        table.getColumns().add(column(tr("Review"), 110, FindingRow::review));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(owner -> doubleClickRow(model::openFinding));
        Button open = button("supplier-finding-open", tr("Go to finding"));
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(event -> model.openFinding(table.getSelectionModel().getSelectedItem()));
        return pane(table, buttons(open));
    }

    private Node actionsPane() {
        TableView<ActionRow> table = named(new TableView<>(model.actions()), "supplier-actions",
                tr("The corrective actions of the selected supplier"));
        table.setPlaceholder(label("supplier-actions-empty", tr("No corrective actions. Open one from a finding "
                + "on the Findings screen."), "muted"));
        table.getColumns().add(wrappingColumn(tr("Action"), 250, row -> row.action().description()));
        table.getColumns().add(wrappingColumn(tr("Finding"), 200, ActionRow::finding));
        table.getColumns().add(column(tr("Owner"), 110, row -> row.action().owner()));
        table.getColumns().add(column(tr("Status"), 90, ActionRow::status));
        table.getColumns().add(column(tr("SMETA status"), 95, ActionRow::smetaStatus));
        table.getColumns().add(column(tr("Due"), 150, row -> row.overdue() ? tr("{0} (overdue)", row.due())
                : row.due()));
        table.getColumns().add(column(tr("Follow-up audit"), 110, ActionRow::followUp));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(owner -> {
            TableRow<ActionRow> row = new TableRow<>() {
                @Override
                protected void updateItem(ActionRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(OVERDUE, !empty && item != null && item.overdue());
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    model.editSelectedAction();
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener(
                (observable, old, row) -> model.selectedActionProperty().set(row));
        model.selectedActionProperty().addListener((observable, old, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });
        Button edit = button("supplier-action-edit", tr("Edit status, due date and evidence…"));
        edit.disableProperty().bind(model.selectedActionProperty().isNull());
        edit.setOnAction(event -> model.editSelectedAction());
        Label message = label("supplier-action-message", "", "feedback-ok");
        message.textProperty().bind(model.messageProperty());
        return pane(table, buttons(edit, message));
    }

    private static <R> TableRow<R> doubleClickRow(Consumer<R> open) {
        TableRow<R> row = new TableRow<>();
        row.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                open.accept(row.getItem());
            }
        });
        return row;
    }

    private static TableColumn<RiskTermRow, String> number(String title,
            Function<RiskTermRow, String> text) {
        TableColumn<RiskTermRow, String> column = column(title, 70, text);
        column.setStyle("-fx-alignment: center-right;");
        return column;
    }

    private static Node buttons(Node... nodes) {
        HBox box = new HBox(10, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Node pane(Node... nodes) {
        VBox pane = new VBox(8, nodes);
        pane.setPadding(new Insets(10, 0, 0, 0));
        for (Node node : nodes) {
            if (node instanceof TableView<?>) {
                VBox.setVgrow(node, Priority.ALWAYS);
            }
        }
        return pane;
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
