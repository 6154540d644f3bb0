package org.ddworkbench.check.rules;

import java.time.LocalDate;
import org.ddworkbench.model.EvidenceCell;

/**
 * One stored audit of a supplier with the facts audit-quality rules need.
 *
 * @param cell the audit's row in its file (column -1)
 * @param auditType the {@code audit_type} choice (announced, semi-announced, unannounced), or null
 * @param workersInterviewed the {@code workers_interviewed} count, or null
 * @param workersTotal the audit's {@code workers_total}, or null
 */
public record AuditFacts(
        long auditId, EvidenceCell cell, String site, LocalDate date, String scheme, String auditType,
        Integer workersInterviewed, Integer workersTotal) {
}
