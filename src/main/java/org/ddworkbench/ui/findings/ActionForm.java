package org.ddworkbench.ui.findings;

import static org.ddworkbench.ui.I18n.tr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.ddworkbench.model.ActionDraft;
import org.ddworkbench.model.ActionStatus;
import org.ddworkbench.model.CorrectiveAction;

/** The rules a corrective action's fields must meet before it is saved, as sentences the form shows. */
public final class ActionForm {
    private ActionForm() {
    }

    /**
     * Asks for an action in the dialog and returns it only when it is complete; otherwise hands what is missing,
     * as sentences, to {@code showProblems} and returns nothing.
     */
    public static Optional<ActionDraft> ask(FindingDialogs dialogs, String title, ActionDraft initial, boolean editing,
            Consumer<String> showProblems) {
        Optional<ActionDraft> draft = dialogs.askAction(title, initial, editing);
        if (draft.isEmpty()) {
            return draft;
        }
        List<String> problems = problems(draft.get());
        if (!problems.isEmpty()) {
            showProblems.accept(String.join(" ", problems));
            return Optional.empty();
        }
        return draft;
    }

    /** What is missing or wrong in {@code draft}; empty when it can be saved. */
    public static List<String> problems(ActionDraft draft) {
        List<String> problems = new ArrayList<>();
        if (draft.description() == null || draft.description().isBlank()) {
            problems.add(tr("Describe what the supplier has to do."));
        }
        if (draft.owner() == null || draft.owner().isBlank()) {
            problems.add(tr("Name who owns the action."));
        }
        if (draft.dueDate() == null) {
            problems.add(tr("Choose a due date."));
        }
        if (draft.status() == ActionStatus.VERIFIED
                && (draft.evidenceNotes() == null || draft.evidenceNotes().isBlank())) {
            problems.add(tr("A verified action needs evidence notes: what showed it was done."));
        }
        if (draft.dueDate() != null && draft.followUpAuditDate() != null
                && draft.followUpAuditDate().isBefore(draft.dueDate())) {
            problems.add(tr("The follow-up audit date is before the due date."));
        }
        return problems;
    }

    /** A blank draft for a new action, due in 30 days. */
    public static ActionDraft blank(LocalDate today) {
        return new ActionDraft("", "", today.plusDays(30), ActionStatus.OPEN, "", null);
    }

    /** The fields of an existing action, for editing. */
    public static ActionDraft of(CorrectiveAction action) {
        return new ActionDraft(action.description(), action.owner(), action.dueDate(), action.status(),
                action.evidenceNotes() == null ? "" : action.evidenceNotes(), action.followUpAuditDate());
    }
}
