package org.ddworkbench.ingest.read;

import java.util.List;

/** Receives a file's rows as they stream by; called on the reading thread, in file order. */
public interface RowHandler {

    /** Called before a sheet's rows; return false to skip the sheet (hidden sheets are offered too). */
    boolean startSheet(SheetInfo sheet);

    /**
     * One row with at least one non-blank cell.
     *
     * @param rowNumber one-based, as the spreadsheet shows it (CSV: the line's record number, header = 1)
     * @param cells the non-blank cells in ascending column order
     */
    void row(int rowNumber, List<RawCell> cells);

    /** The sheet's merged regions, when the format has them; for streamed XLSX this comes after the rows. */
    default void mergedRegions(SheetInfo sheet, List<CellRange> regions) {
    }

    /** Called after a sheet's rows (not for skipped sheets). */
    default void endSheet(SheetInfo sheet) {
    }
}
