package org.ddworkbench.ingest.map;

/** What a sheet holds. */
public enum SheetRole {
    /** A row per supplier with master data (supplier list). */
    SUPPLIERS,
    /** SAQ answers: long (one supplier) or a row per supplier (wide). */
    ANSWERS,
    /** Audit meta-data and observed values (long: label | value, or a row per audit). */
    AUDIT,
    /** Audit findings, a row per finding. */
    FINDINGS,
    /** A row per worker (survey). */
    RESPONDENTS,
    /** A row per grievance case. */
    CASES,
    /** Instructions, notes, anything not imported. */
    IGNORED
}
