package org.ddworkbench.ui.suppliers;

import static org.ddworkbench.ui.I18n.tr;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ddworkbench.check.CheckService.FindingQuery;
import org.ddworkbench.model.ActionDraft;
import org.ddworkbench.model.CorrectiveAction;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.RiskFactor;
import org.ddworkbench.model.RiskTerm;
import org.ddworkbench.model.SupplierRisk;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.DialogService;
import org.ddworkbench.ui.findings.ActionForm;
import org.ddworkbench.ui.findings.FindingData;
import org.ddworkbench.ui.findings.FindingDialogs;
import org.ddworkbench.ui.findings.FindingRow;
import org.ddworkbench.ui.findings.FindingText;

/**
 * What the Suppliers screen shows of the selected supplier's due diligence: its risk score with every term
 * of the breakdown, its findings (each leading to the Findings screen), and its corrective actions.
 */
public final class SupplierChecksViewModel {
    private final FindingData data;
    private final FindingText text;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final FindingDialogs findingDialogs;
    private final ObservableList<RiskTermRow> terms = FXCollections.observableArrayList();
    private final ObservableList<FindingRow> findings = FXCollections.observableArrayList();
    private final ObservableList<ActionRow> actions = FXCollections.observableArrayList();
    private final ObjectProperty<ActionRow> selectedAction = new SimpleObjectProperty<>(this, "selectedAction");
    private final ReadOnlyStringWrapper score = new ReadOnlyStringWrapper(this, "score", "");
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(this, "total", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private LongConsumer openFinding = id -> { };
    private Long supplierId;
    private String supplierName;

    public SupplierChecksViewModel(FindingData data, FindingText text, BackgroundRunner runner, DialogService dialogs,
            FindingDialogs findingDialogs) {
        this.data = data;
        this.text = text;
        this.runner = runner;
        this.dialogs = dialogs;
        this.findingDialogs = findingDialogs;
        clear();
        data.revisionProperty().addListener((observable, old, now) -> reload());
    }

    /** What a click on a finding does: the window shows it on the Findings screen. */
    public void setOnOpenFinding(LongConsumer action) {
        openFinding = action;
    }

    /** Shows the risk, findings and actions of supplier {@code id} (null for none). */
    public void show(Long id, String name) {
        supplierId = id;
        supplierName = name;
        reload();
    }

    private void reload() {
        Long id = supplierId;
        if (id == null) {
            clear();
            return;
        }
        runner.run(tr("Reading the risk and findings of {0}…", supplierName),
                (progress, cancellation) -> new Snapshot(data.risks().risk(data.project(), id),
                        data.checks().findings(data.project(), new FindingQuery(id, true)),
                        data.actions().actions(data.project(), id)),
                snapshot -> {
                    if (id.equals(supplierId)) {
                        show(snapshot);
                    }
                },
                failure -> dialogs.showFailure(tr("Could not read the risk and findings of {0}", supplierName),
                        failure));
    }

    private void clear() {
        terms.clear();
        findings.clear();
        actions.clear();
        score.set(tr("Select a supplier to see its risk score, findings and corrective actions."));
        total.set("");
    }

    private void show(Snapshot snapshot) {
        SupplierRisk risk = snapshot.risk();
        score.set(tr("Risk score {0} · band {1} · data confidence {2} %", number(risk.score()), risk.band().label(),
                String.valueOf(Math.round(risk.confidence() * 100))));
        terms.setAll(risk.terms().stream().map(SupplierChecksViewModel::termRow).toList());
        double sum = risk.terms().stream().mapToDouble(RiskTerm::points).sum();
        total.set(tr("Total: {0} points from {1,choice,0#no terms|1#1 term|1<{1,number,integer} terms}",
                number(sum), risk.terms().size()));
        findings.setAll(snapshot.findings().stream().map(text::row).toList());
        Map<Long, String> titles = snapshot.findings().stream()
                .collect(Collectors.toMap(Finding::id, Finding::title, (a, b) -> a));
        LocalDate today = data.today();
        long keep = selectedAction.get() == null ? -1 : selectedAction.get().action().id();
        actions.setAll(snapshot.actions().stream().map(a -> actionRow(a, titles, today)).toList());
        selectedAction.set(actions.stream().filter(row -> row.action().id() == keep).findFirst().orElse(null));
    }

    static RiskTermRow termRow(RiskTerm term) {
        return new RiskTermRow(term, factor(term.factor()), number(term.input()), number(term.weight()),
                number(term.points()));
    }

    static ActionRow actionRow(CorrectiveAction action, Map<Long, String> findingTitles, LocalDate today) {
        return new ActionRow(action, findingTitles.getOrDefault(action.findingId(), "#" + action.findingId()),
                FindingText.actionStatus(action.status()), FindingText.smetaStatus(action.status()),
                String.valueOf(action.dueDate()),
                action.followUpAuditDate() == null ? "" : String.valueOf(action.followUpAuditDate()),
                action.overdue(today));
    }

    private static String factor(RiskFactor factor) {
        return switch (factor) {
            case FINDING -> tr("Finding");
            case COUNTRY -> tr("Country");
            case SECTOR -> tr("Sector");
            case GOODS -> tr("Goods list");
            case DATA_GAP -> tr("Data gap");
        };
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Shows {@code row}'s finding on the Findings screen. */
    public void openFinding(FindingRow row) {
        if (row != null) {
            openFinding.accept(row.finding().id());
        }
    }

    /** Shows the finding of a risk term, when the term is one. */
    public void openFinding(RiskTermRow row) {
        if (row != null && row.term().findingId() != null) {
            openFinding.accept(row.term().findingId());
        }
    }

    /** Edits the selected action's status, due date, evidence notes and the rest in the action form. */
    public void editSelectedAction() {
        ActionRow row = selectedAction.get();
        if (row == null) {
            return;
        }
        Optional<ActionDraft> draft = ActionForm.ask(findingDialogs, tr("Edit corrective action #{0}",
                String.valueOf(row.action().id())), ActionForm.of(row.action()), true, message::set);
        if (draft.isEmpty()) {
            return;
        }
        long id = row.action().id();
        runner.run(tr("Saving the corrective action…"),
                (progress, cancellation) -> data.actions().update(data.project(), id, draft.get()),
                saved -> {
                    message.set(tr("Corrective action #{0} saved: {1}.", String.valueOf(saved.id()),
                            FindingText.actionStatus(saved.status()).toLowerCase(Locale.ROOT)));
                    data.changed();
                },
                failure -> dialogs.showFailure(tr("Could not save the corrective action"), failure));
    }

    public ObservableList<RiskTermRow> terms() {
        return terms;
    }

    public ObservableList<FindingRow> findings() {
        return findings;
    }

    public ObservableList<ActionRow> actions() {
        return actions;
    }

    public ObjectProperty<ActionRow> selectedActionProperty() {
        return selectedAction;
    }

    /** The score and data confidence in one line, or what to do to see them. */
    public ReadOnlyStringProperty scoreProperty() {
        return score.getReadOnlyProperty();
    }

    /** The sum of the terms, which is the score. */
    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The outcome of the last action edit, or what is missing for it. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private record Snapshot(SupplierRisk risk, List<Finding> findings, List<CorrectiveAction> actions) {
    }
}
