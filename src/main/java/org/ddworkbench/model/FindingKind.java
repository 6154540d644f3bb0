package org.ddworkbench.model;

/** The families of cross-check rules a finding can come from. */
public enum FindingKind {
    /** A problem found at import that is still in the data (rows skipped, supplier matches to review). */
    VALIDATION,
    /** A value beyond a pack threshold, flagging its ILO indicators. */
    THRESHOLD,
    /** Self-assessment contradicted by audit or worker-survey results for the same supplier and period. */
    TRIANGULATION,
    /** Audits that cannot be relied on: none, stale, announced only, few interviews, uniform answers. */
    AUDIT_QUALITY,
    /** Data that is missing: no SAQ, unanswered required questions, metrics with no data at all. */
    COVERAGE,
    /** The ILO combination of indicators that points to possible forced labour. */
    COMBINATION
}
