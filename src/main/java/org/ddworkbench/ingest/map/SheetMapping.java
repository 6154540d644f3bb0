package org.ddworkbench.ingest.map;

import java.util.List;

/**
 * How to read one sheet.
 *
 * @param sheet the sheet name as in the workbook (CSV: the file's single sheet)
 * @param headerRow one-based row number of the header row (data starts below it); 0 when a long layout has none
 * @param columns the column mappings (for LONG: which columns hold QUESTION, ANSWER, COMMENT)
 * @param rows for LONG layouts, the question mappings; empty for TABLE
 */
public record SheetMapping(
        String sheet, SheetRole role, Layout layout, int headerRow, List<ColumnMapping> columns, List<RowMapping> rows) {

    public SheetMapping {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
