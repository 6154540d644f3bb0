package org.ddworkbench.ui.findings;

import static org.ddworkbench.ui.I18n.tr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.ddworkbench.check.CheckService.CheckOptions;
import org.ddworkbench.check.CheckService.FindingQuery;
import org.ddworkbench.model.ActionDraft;
import org.ddworkbench.model.CheckSummary;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.FindingStatus;
import org.ddworkbench.model.ReviewState;
import org.ddworkbench.model.Severity;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.DialogService;

/**
 * State of the Findings screen: running the cross-checks, the findings with their filters, the selected one
 * in detail with its evidence, reviewing it, and opening a corrective action on it.
 */
public final class FindingsViewModel {
    private final FindingData data;
    private final FindingText text;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final FindingDialogs findingDialogs;
    private final FindingFilters filters;
    private final ObservableList<FindingRow> all = FXCollections.observableArrayList();
    private final FilteredList<FindingRow> shown = new FilteredList<>(all);
    private final ObjectProperty<FindingRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<FindingDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Long pendingFocus;
    private Runnable pendingNarrowing;

    public FindingsViewModel(FindingData data, FindingText text, BackgroundRunner runner, DialogService dialogs,
            FindingDialogs findingDialogs) {
        this.data = data;
        this.text = text;
        this.runner = runner;
        this.dialogs = dialogs;
        this.findingDialogs = findingDialogs;
        this.filters = new FindingFilters(text);
        shown.predicateProperty().bind(filters.predicate());
        detail.bind(Bindings.createObjectBinding(() -> detailOf(selected.get()), selected));
        selected.addListener((observable, old, now) -> {
            // A re-read replaces the row of the same finding; only another finding clears the last outcome.
            if (old == null || now == null || old.finding().id() != now.finding().id()) {
                message.set("");
            }
        });
        data.revisionProperty().addListener((observable, old, now) -> refresh());
    }

    /** Reads every finding, open and closed, in the background, keeping the selection when it is still there. */
    public void refresh() {
        runner.run(tr("Reading the findings…"),
                (progress, cancellation) -> data.checks().findings(data.project(), FindingQuery.ALL),
                this::show,
                failure -> dialogs.showFailure(tr("Could not read the findings"), failure));
    }

    /** Runs every rule of the pack over the project's data; the user can cancel, and nothing changes then. */
    public void runChecks() {
        runner.runCancellable(tr("Running the cross-checks…"),
                (progress, cancellation) -> data.checks().run(data.project(), CheckOptions.DEFAULTS, progress,
                        cancellation),
                done -> {
                    summary.set(summaryOf(done));
                    data.changed();
                },
                failure -> dialogs.showFailure(tr("Could not run the cross-checks"), failure));
    }

    /** What a run did, in one sentence. */
    static String summaryOf(CheckSummary done) {
        return tr("Checked as of {0}: {1} suppliers evaluated, {2} unchanged. {3} new, {4} closed, {5} open.",
                String.valueOf(done.asOf()), String.valueOf(done.suppliersChecked()),
                String.valueOf(done.suppliersUnchanged()), String.valueOf(done.opened()),
                String.valueOf(done.closed()), String.valueOf(done.open()));
    }

    private void show(List<Finding> findings) {
        long keep = pendingFocus != null ? pendingFocus : selected.get() == null ? -1 : selected.get().finding().id();
        pendingFocus = null;
        filters.update(findings);
        if (pendingNarrowing != null) {
            pendingNarrowing.run();
            pendingNarrowing = null;
        }
        all.setAll(findings.stream().map(text::row).toList());
        if (summary.get().isEmpty() || summary.get().startsWith(tr("No check has run"))) {
            long open = findings.stream().filter(f -> f.status() == FindingStatus.OPEN).count();
            summary.set(findings.isEmpty() ? tr("No check has run on this project yet, or it found nothing.")
                    : tr("{0} open findings from the last check.", String.valueOf(open)));
        }
        select(keep);
    }

    /** Selects finding {@code findingId}, clearing filters that hide it; waits for the next read if it is not listed yet. */
    public void focus(long findingId) {
        if (!select(findingId)) {
            pendingFocus = findingId;
        }
    }

    private boolean select(long findingId) {
        Optional<FindingRow> row = all.stream().filter(r -> r.finding().id() == findingId).findFirst();
        row.ifPresent(found -> filters.reveal(found.finding()));
        selected.set(row.orElse(null));
        return row.isPresent();
    }

    /** Shows only {@code supplierId}'s open findings on {@code indicatorId}, as a heat-map cell asks. */
    public void narrowTo(Long supplierId, String indicatorId) {
        // The supplier may not be among the choices until the findings are read again.
        narrow(() -> filters.narrowTo(supplierId, indicatorId));
    }

    /** Shows only the open findings of {@code severity}, as a Dashboard bar asks. */
    public void narrowTo(Severity severity) {
        narrow(() -> filters.narrowTo(severity));
    }

    private void narrow(Runnable narrowing) {
        pendingNarrowing = narrowing;
        narrowing.run();
        if (selected.get() != null && !shown.contains(selected.get())) {
            selected.set(null);
        }
    }

    public void confirm() {
        review(ReviewState.CONFIRMED, null);
    }

    /** Asks why the finding is disputed; a reason is required. */
    public void dispute() {
        askReasonAndReview(ReviewState.DISPUTED, tr("Dispute this finding"),
                tr("Why is this finding wrong or not applicable? The reason is kept with the finding."));
    }

    /** Asks why the finding is a false positive; a reason is required. */
    public void markFalsePositive() {
        askReasonAndReview(ReviewState.FALSE_POSITIVE, tr("Mark as false positive"),
                tr("Why is this not a real problem? A false positive no longer counts towards the risk score."));
    }

    private void askReasonAndReview(ReviewState state, String title, String prompt) {
        if (selected.get() == null) {
            return;
        }
        Optional<String> reason = findingDialogs.askReason(title, prompt);
        if (reason.isEmpty()) {
            return;
        }
        if (reason.get().isBlank()) {
            message.set(tr("A reason is required to mark a finding as {0}.", FindingText.review(state)));
            return;
        }
        review(state, reason.get().strip());
    }

    private void review(ReviewState state, String reason) {
        FindingRow row = selected.get();
        if (row == null) {
            return;
        }
        long id = row.finding().id();
        runner.run(tr("Saving the review…"),
                (progress, cancellation) -> data.checks().review(data.project(), id, state, reason),
                updated -> {
                    message.set(tr("Marked as {0}. The review is recorded in the activity log.",
                            FindingText.review(updated.review())));
                    data.changed();
                },
                failure -> dialogs.showFailure(tr("Could not save the review"), failure));
    }

    /** Asks for a corrective action on the selected finding and opens it when the form is complete. */
    public void openAction() {
        FindingRow row = selected.get();
        if (row == null) {
            return;
        }
        Optional<ActionDraft> draft = ActionForm.ask(findingDialogs, tr("Open a corrective action"),
                ActionForm.blank(data.today()), false, message::set);
        if (draft.isEmpty()) {
            return;
        }
        long id = row.finding().id();
        runner.run(tr("Opening the corrective action…"),
                (progress, cancellation) -> data.actions().open(data.project(), id, draft.get()),
                action -> {
                    message.set(tr("Corrective action #{0} opened, due {1}. It is listed with the supplier.",
                            String.valueOf(action.id()), String.valueOf(action.dueDate())));
                    data.changed();
                },
                failure -> dialogs.showFailure(tr("Could not open the corrective action"), failure));
    }

    /** Opens the evidence window on the selected finding's cells. */
    public void showEvidence() {
        showEvidence(null);
    }

    /** Opens the evidence window on the selected finding's cells with {@code line} picked out. */
    public void showEvidence(EvidenceLine line) {
        FindingDetail shownDetail = detail.get();
        if (shownDetail == null) {
            return;
        }
        String heading = selected.get().supplier() + " · " + shownDetail.title();
        findingDialogs.showEvidence(new EvidenceListing(heading, evidenceNote(selected.get().finding()),
                shownDetail.evidence(), line));
    }

    private static String evidenceNote(Finding finding) {
        if (finding.evidence().isEmpty()) {
            return tr("This finding rests on no single cell: it is about data that is missing.");
        }
        String note = tr("{0,choice,1#1 cell|1<{0,number,integer} cells} this finding rests on.",
                finding.evidenceTotal());
        int hidden = finding.evidenceTotal() - finding.evidence().size();
        return hidden > 0 ? note + " " + tr("The first {0} are listed; {1} more are not.",
                String.valueOf(finding.evidence().size()), String.valueOf(hidden)) : note;
    }

    private FindingDetail detailOf(FindingRow row) {
        if (row == null) {
            return null;
        }
        Finding finding = row.finding();
        List<FindingDetail.Fact> facts = new ArrayList<>();
        facts.add(new FindingDetail.Fact(tr("Severity"), row.severity()));
        facts.add(new FindingDetail.Fact(tr("Supplier"), row.country().isEmpty() ? row.supplier()
                : row.supplier() + " (" + row.country() + ")"));
        if (finding.site() != null && !finding.site().isBlank()) {
            facts.add(new FindingDetail.Fact(tr("Site"), finding.site()));
        }
        facts.add(new FindingDetail.Fact(tr("Period"), finding.period() == null ? "" : finding.period()
                .replace("/", " – ")));
        facts.add(new FindingDetail.Fact(tr("ILO indicators"), row.indicators().isEmpty() ? tr("none")
                : row.indicators()));
        facts.add(new FindingDetail.Fact(tr("Rule"), finding.ruleId()));
        facts.add(new FindingDetail.Fact(tr("Status"), finding.status() == FindingStatus.CLOSED
                && finding.closedReason() != null ? row.status() + ": " + finding.closedReason() : row.status()));
        facts.add(new FindingDetail.Fact(tr("Review"), finding.reviewReason() == null ? row.review()
                : row.review() + ": " + finding.reviewReason()));
        facts.add(new FindingDetail.Fact(tr("First seen"), row.firstSeen()));
        int hidden = finding.evidenceTotal() - finding.evidence().size();
        return new FindingDetail(finding.id(), finding.title(), finding.explanation(), facts, finding.values(),
                finding.evidence().stream().map(text::evidence).toList(),
                hidden > 0 ? tr("{0,choice,1#1 more cell|1<{0,number,integer} more cells}", hidden) : "");
    }

    public FindingFilters filters() {
        return filters;
    }

    /** The findings that pass the filters, most severe first. */
    public ObservableList<FindingRow> findings() {
        return shown;
    }

    /** Every finding read, open and closed. */
    public ObservableList<FindingRow> allFindings() {
        return all;
    }

    public ObjectProperty<FindingRow> selectedProperty() {
        return selected;
    }

    /** The selected finding in detail, or null. */
    public ReadOnlyObjectProperty<FindingDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** What the last run did, or how many findings are open. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The outcome of the last review or action, or what is missing for it. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
