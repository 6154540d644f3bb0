package org.ddworkbench.check;

import java.util.List;
import org.ddworkbench.model.ActionDraft;
import org.ddworkbench.model.CorrectiveAction;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.store.Project;

/** Corrective actions opened from findings; every change is logged (ids, status and dates, never free text). */
public interface ActionService {

    /** Opens an action on a finding; refuses a blank description or owner or a missing due date. */
    CorrectiveAction open(Project project, long findingId, ActionDraft draft) throws ProblemException;

    /** Replaces an action's fields, with the same rules; {@code VERIFIED} needs evidence notes. */
    CorrectiveAction update(Project project, long actionId, ActionDraft draft) throws ProblemException;

    /** Actions, by due date; {@code supplierId} null for all suppliers. */
    List<CorrectiveAction> actions(Project project, Long supplierId) throws ProblemException;
}
