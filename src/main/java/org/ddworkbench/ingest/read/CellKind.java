package org.ddworkbench.ingest.read;

/** What a spreadsheet cell held, before any mapping; CSV cells are always TEXT. */
public enum CellKind {
    TEXT, NUMBER, DATE, DATETIME, BOOLEAN, ERROR
}
