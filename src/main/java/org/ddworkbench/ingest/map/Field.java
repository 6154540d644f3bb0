package org.ddworkbench.ingest.map;

/**
 * The non-metric things a column (or, in long layouts, a row) can hold. Metric values map to metric ids
 * of the pack instead.
 */
public enum Field {
    SUPPLIER_NAME, SUPPLIER_COUNTRY, SUPPLIER_ADDRESS, SUPPLIER_SECTOR, SUPPLIER_TIER, SUPPLIER_EXTERNAL_ID,
    /** The date the answers or observations describe (SAQ completion, survey interview, grievance date). */
    OBSERVED_ON,
    SITE_NAME, AUDIT_SCHEME, AUDITOR_FIRM,
    FINDING_CLAUSE, FINDING_DESCRIPTION, FINDING_SEVERITY, FINDING_STATUS,
    /** A stable respondent or case identifier: stored only as a keyed hash (pseudonym). */
    RESPONDENT_KEY,
    /** Free text about a worker or case (grievance description, comments): stored scrubbed. */
    FREE_TEXT,
    GRIEVANCE_CHANNEL,
    /** In a long layout: the column holding the question or label. */
    QUESTION,
    /** In a long layout: the column holding the answer or value. */
    ANSWER,
    /** In a long layout: a comment column (kept only for supplier-level files, scrubbed). */
    COMMENT
}
