package org.ddworkbench.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ddworkbench.model.ActionDraft;
import org.ddworkbench.model.ActionStatus;
import org.ddworkbench.model.CorrectiveAction;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.store.CorrectiveActionRepository;
import org.ddworkbench.store.FindingRepository;
import org.ddworkbench.store.FindingRepository.FindingRef;
import org.ddworkbench.store.Project;

/** Opens and updates corrective actions on findings, validating what the user entered and logging each change. */
public final class DefaultActionService implements ActionService {
    private final Clock clock;
    private final FindingRepository findings;
    private final CorrectiveActionRepository actions;
    private final ObjectMapper mapper = new ObjectMapper();

    public DefaultActionService() {
        this(Clock.systemUTC());
    }

    DefaultActionService(Clock clock) {
        this.clock = clock;
        this.findings = new FindingRepository();
        this.actions = new CorrectiveActionRepository();
    }

    @Override
    public CorrectiveAction open(Project project, long findingId, ActionDraft draft) throws ProblemException {
        validate(draft);
        Instant now = clock.instant();
        try {
            Optional<CorrectiveAction> opened = project.inTransaction(connection -> {
                Optional<FindingRef> finding = findings.ref(connection, findingId);
                if (finding.isEmpty()) {
                    return Optional.<CorrectiveAction>empty();
                }
                CorrectiveAction action = actions.insert(connection, findingId, finding.get().supplierId(), draft, now);
                project.activityLog().append(connection, "action.open", "Opened corrective action " + action.id()
                        + " on finding " + findingId + ", due " + action.dueDate() + ".", detail(action).toString());
                return Optional.of(action);
            });
            return opened.orElseThrow(() -> new CheckException("There is no finding " + findingId
                    + " in this project to open a corrective action on."));
        } catch (SQLException e) {
            throw CheckException.store(project, "open a corrective action on finding " + findingId, e);
        }
    }

    @Override
    public CorrectiveAction update(Project project, long actionId, ActionDraft draft) throws ProblemException {
        validate(draft);
        Instant now = clock.instant();
        try {
            Optional<CorrectiveAction> updated = project.inTransaction(connection -> {
                if (!actions.update(connection, actionId, draft, now)) {
                    return Optional.<CorrectiveAction>empty();
                }
                CorrectiveAction action = actions.find(connection, actionId).orElseThrow();
                project.activityLog().append(connection, "action.update", "Updated corrective action " + actionId
                        + ": " + action.status().smetaStatus().toLowerCase(java.util.Locale.ROOT) + ", due "
                        + action.dueDate() + ".", detail(action).toString());
                return Optional.of(action);
            });
            return updated.orElseThrow(() -> new CheckException("There is no corrective action " + actionId
                    + " in this project."));
        } catch (SQLException e) {
            throw CheckException.store(project, "update corrective action " + actionId, e);
        }
    }

    @Override
    public List<CorrectiveAction> actions(Project project, Long supplierId) throws ProblemException {
        try {
            return project.inTransaction(connection -> actions.list(connection, supplierId));
        } catch (SQLException e) {
            throw CheckException.store(project, "list the corrective actions", e);
        }
    }

    private static void validate(ActionDraft draft) throws CheckException {
        if (draft == null || draft.description() == null || draft.description().isBlank()) {
            throw new CheckException("Describe what the corrective action is.");
        }
        if (draft.owner() == null || draft.owner().isBlank()) {
            throw new CheckException("Name who owns the corrective action.");
        }
        if (draft.dueDate() == null) {
            throw new CheckException("Give the date the corrective action is due.");
        }
        if (draft.status() == null) {
            throw new CheckException("Choose the status of the corrective action.");
        }
        if (draft.status() == ActionStatus.VERIFIED
                && (draft.evidenceNotes() == null || draft.evidenceNotes().isBlank())) {
            throw new CheckException("A verified corrective action needs evidence notes saying what showed it was"
                    + " taken.");
        }
        if (draft.description().length() > 4000 || draft.owner().length() > 300
                || (draft.evidenceNotes() != null && draft.evidenceNotes().length() > 4000)) {
            throw new CheckException("The corrective action's description or evidence notes are longer than 4,000"
                    + " characters, or its owner longer than 300; shorten them.");
        }
    }

    /** Ids, status and dates only: descriptions, owners and notes are free text and stay out of the log. */
    private ObjectNode detail(CorrectiveAction action) {
        ObjectNode detail = mapper.createObjectNode().put("actionId", action.id()).put("findingId", action.findingId())
                .put("status", action.status().name()).put("dueDate", action.dueDate().toString());
        if (action.supplierId() != null) {
            detail.put("supplierId", action.supplierId());
        }
        if (action.followUpAuditDate() != null) {
            detail.put("followUpAuditDate", action.followUpAuditDate().toString());
        }
        return detail;
    }
}
