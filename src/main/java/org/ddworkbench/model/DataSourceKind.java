package org.ddworkbench.model;

/** The kinds of source document a value can come from. */
public enum DataSourceKind {
    SUPPLIER_LIST, SAQ, AUDIT, WORKER_SURVEY, GRIEVANCE
}
