package org.ddworkbench.ingest.read;

/** A sheet of a workbook (a CSV file is one sheet named after the file). {@code index} is zero-based. */
public record SheetInfo(int index, String name, boolean hidden) {
}
