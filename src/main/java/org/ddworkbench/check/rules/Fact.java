package org.ddworkbench.check.rules;

import java.time.LocalDate;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.EvidenceCell;

/**
 * One stored supplier-level value (SAQ, audit, supplier list) with its cell.
 *
 * @param number booleans as 1 and 0, numbers as themselves; null for dates, choices and text
 * @param text dates (ISO), choices and text; null for numbers and booleans
 * @param observedOn the date the document gives (SAQ completion, audit date), or null
 * @param auditId the audit an audit observation belongs to, or null
 */
public record Fact(
        EvidenceCell cell, DataSourceKind kind, String metricId, Double number, String text, LocalDate observedOn,
        Long auditId) {
}
