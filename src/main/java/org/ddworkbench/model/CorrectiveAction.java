package org.ddworkbench.model;

import java.time.Instant;
import java.time.LocalDate;

/** A corrective action opened from a finding: what, who, by when, and how far it got. */
public record CorrectiveAction(
        long id,
        long findingId,
        Long supplierId,
        String description,
        String owner,
        LocalDate dueDate,
        ActionStatus status,
        String evidenceNotes,
        LocalDate followUpAuditDate,
        Instant createdAt,
        Instant updatedAt) {

    /** Overdue when work is still expected and the due date has passed on {@code today}. */
    public boolean overdue(LocalDate today) {
        return status.isOpen() && dueDate.isBefore(today);
    }
}
