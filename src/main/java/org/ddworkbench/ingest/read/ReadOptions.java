package org.ddworkbench.ingest.read;

/**
 * How to read a file.
 *
 * @param workbookPassword the password of an encrypted workbook, or null
 * @param maxRowsPerSheet stop each sheet after this many rows (a preview), or 0 for all rows
 */
public record ReadOptions(char[] workbookPassword, int maxRowsPerSheet) {
    public static final ReadOptions ALL_ROWS = new ReadOptions(null, 0);

    public static ReadOptions preview(int rows) {
        return new ReadOptions(null, rows);
    }

    public ReadOptions withPassword(char[] password) {
        return new ReadOptions(password, maxRowsPerSheet);
    }
}
