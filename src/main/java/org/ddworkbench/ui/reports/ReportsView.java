package org.ddworkbench.ui.reports;

import static org.ddworkbench.ui.Controls.button;
import static org.ddworkbench.ui.Controls.column;
import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.named;
import static org.ddworkbench.ui.Controls.primaryButton;
import static org.ddworkbench.ui.Controls.textField;
import static org.ddworkbench.ui.Controls.wrappingColumn;
import static org.ddworkbench.ui.I18n.tr;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.ddworkbench.report.ReportDefinition;
import org.ddworkbench.report.export.ExportFormat;

/**
 * The Reports screen: saved reports and the builder on the left, privacy settings and export below them; the
 * preview (every table with its suppressed cells and a chart) and the privacy-budget ledger on the right.
 */
public final class ReportsView {
    private final ReportsViewModel model;
    private final VBox root = new VBox();
    private final PacketView preview = new PacketView("preview",
            tr("Build a report on the left and choose Preview to see its tables as they would be released."));

    public ReportsView(ReportsViewModel model) {
        this.model = model;
        root.setId("reports-view");
        root.getStyleClass().add("page");
        root.getStylesheets().add(ReportStyles.stylesheet());

        VBox left = new VBox(12, saved(), new ReportBuilderPane(model.form()).root(), previewButton(), export());
        left.setFillWidth(true);
        ScrollPane leftScroll = named(new ScrollPane(left), "reports-builder", tr("Report builder"));
        leftScroll.setFitToWidth(true);
        leftScroll.setMinWidth(360);

        SplitPane split = named(new SplitPane(leftScroll, results()), "reports-split", tr("Builder and results"));
        split.setDividerPositions(0.34);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(label("reports-title", tr("Reports"), "section-title"), split);
        model.previewProperty().addListener((observable, old, packet) -> preview.show(packet));
        preview.show(model.previewProperty().get());
    }

    public Node root() {
        return root;
    }

    private Node saved() {
        ChoiceBox<ReportDefinition> box = named(new ChoiceBox<>(model.saved()), "report-saved", tr("Saved reports"));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportDefinition definition) {
                return definition == null ? tr("Choose a saved report") : definition.name();
            }

            @Override
            public ReportDefinition fromString(String text) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(model.selectedSavedProperty());
        box.setMaxWidth(Double.MAX_VALUE);
        Button save = button("report-save", tr("Save"));
        save.setOnAction(event -> model.save());
        Button delete = button("report-delete", tr("Delete"));
        delete.disableProperty().bind(model.selectedSavedProperty().isNull());
        delete.setOnAction(event -> model.deleteSelected());
        Button clear = button("report-new", tr("New"));
        clear.setOnAction(event -> model.startNew());
        HBox buttons = new HBox(8, save, delete, clear);
        return new VBox(6, label("report-saved-title", tr("Saved reports"), "field-label"), box, buttons);
    }

    private Node previewButton() {
        Button run = primaryButton("report-preview", tr("Preview"));
        run.setMaxWidth(Double.MAX_VALUE);
        run.setOnAction(event -> model.preview());
        Button summary = button("report-preview-summary", tr("Preview the due diligence summary"));
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.setOnAction(event -> model.previewSummary());
        return new VBox(6, run, summary);
    }

    private Node export() {
        CheckBox noise = named(new CheckBox(tr("Add differential-privacy noise")), "report-noise",
                tr("Add differential-privacy noise"));
        noise.selectedProperty().bindBidirectional(model.noiseProperty());
        TextField epsilon = textField("report-epsilon", tr("Privacy setting ε"), "0.5");
        epsilon.textProperty().bindBidirectional(model.epsilonProperty());
        epsilon.setPrefColumnCount(5);
        epsilon.disableProperty().bind(model.noiseProperty().not());
        Label epsilonLabel = label("report-epsilon-label", "ε", "field-label");
        HBox privacy = new HBox(10, noise, epsilonLabel, epsilon);
        privacy.setAlignment(Pos.CENTER_LEFT);
        Label budget = label("report-budget", "", "hint");
        budget.textProperty().bind(model.budgetProperty());

        TextField organisation = textField("report-organisation", tr("Organisation label"),
                tr("The name other organisations see, e.g. Buyer A"));
        organisation.textProperty().bindBidirectional(model.organisationProperty());
        ChoiceBox<Option<ExportFormat>> format = named(new ChoiceBox<>(model.formats()), "report-format",
                tr("Export format"));
        format.valueProperty().bindBidirectional(model.formatProperty());
        Button export = primaryButton("report-export", tr("Export…"));
        export.setOnAction(event -> model.export());
        Button exportSummary = button("report-export-summary", tr("Export summary…"));
        exportSummary.setOnAction(event -> model.exportSummary());
        HBox exportRow = new HBox(10, format, export, exportSummary);
        exportRow.setAlignment(Pos.CENTER_LEFT);
        Label outcome = label("report-outcome", "", "report-outcome");
        outcome.textProperty().bind(model.messageProperty());

        VBox box = new VBox(8, label("report-export-title", tr("Privacy and export"), "subsection-title"),
                privacy, budget, label("report-organisation-label", tr("Organisation"), "field-label"), organisation,
                exportRow, outcome);
        box.getStyleClass().add("report-builder");
        return box;
    }

    private Node results() {
        ScrollPane previewScroll = named(new ScrollPane(preview.root()), "report-preview-scroll",
                tr("Preview of the report"));
        previewScroll.setFitToWidth(true);
        preview.root().getStyleClass().add("packet-holder");
        Tab previewTab = new Tab(tr("Preview"), previewScroll);
        previewTab.setId("reports-tab-preview");
        Tab ledgerTab = new Tab(tr("Privacy budget ledger"), ledger());
        ledgerTab.setId("reports-tab-ledger");
        TabPane tabs = named(new TabPane(previewTab, ledgerTab), "reports-tabs", tr("Preview and ledger"));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private Node ledger() {
        Label budget = label("ledger-budget", "", "subsection-title");
        budget.textProperty().bind(model.budgetProperty());
        TableView<LedgerRow> table = named(new TableView<>(model.ledger()), "report-ledger",
                tr("Privacy budget ledger"));
        table.setPlaceholder(label("report-ledger-empty", tr("No release has spent any of the privacy budget yet. "
                + "Exports without noise spend none."), "muted"));
        table.getColumns().add(column(tr("Released"), 130, LedgerRow::releasedAt));
        table.getColumns().add(column(tr("ε"), 60, LedgerRow::epsilon));
        table.getColumns().add(wrappingColumn(tr("Report"), 180, LedgerRow::report));
        table.getColumns().add(wrappingColumn(tr("Covered"), 240, LedgerRow::covered));
        table.getColumns().add(wrappingColumn(tr("Output SHA-256"), 260, LedgerRow::outputSha256));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(10, budget, label("ledger-text", tr("Every release with noise spends part of the "
                + "project's budget; releases about the same data add up, and one that would exceed the budget is "
                + "refused."), "muted"), table);
        box.getStyleClass().add("detail-pane");
        return box;
    }
}
