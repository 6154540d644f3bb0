package org.ddworkbench.model;

import java.time.LocalDate;

/**
 * What a user enters for a corrective action, new or edited.
 *
 * @param dueDate required; an open action past it is overdue
 * @param evidenceNotes what shows the action was taken (documents seen, interviews), or empty
 * @param followUpAuditDate when a follow-up audit will verify it, or null
 */
public record ActionDraft(
        String description, String owner, LocalDate dueDate, ActionStatus status, String evidenceNotes,
        LocalDate followUpAuditDate) {
}
