package org.ddworkbench.ingest.read;

/** A merged cell region, rows one-based and columns zero-based, both inclusive. */
public record CellRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {
}
