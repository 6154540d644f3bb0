package org.ddworkbench.ingest.map;

/** How a sheet lays out its values. */
public enum Layout {
    /** A header row, then a row per entity (supplier, worker, case, finding) and a column per field or metric. */
    TABLE,
    /** A row per question or label: one column holds the question, another the answer. */
    LONG
}
