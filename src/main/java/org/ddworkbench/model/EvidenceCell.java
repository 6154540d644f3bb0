package org.ddworkbench.model;

/**
 * One stored value a finding rests on, with where it came from, down to the cell.
 *
 * @param fileName the imported file's name, or "(import undone)" when its import was removed since
 * @param row one-based spreadsheet row (the header row counts), as the file shows it
 * @param column zero-based column, or -1 when the evidence is a whole row or sheet
 * @param metricId the metric the value is for, or null (for example a skipped row)
 * @param value the value as stored, for display in the project only (never exported)
 */
public record EvidenceCell(
        long importId, DataSourceKind kind, String fileName, String fileSha256, String sheet, int row, int column,
        String metricId, String value) {

    /** The cell as a spreadsheet reference, e.g. {@code 'Worker survey'!F14}, or the row or sheet alone. */
    public String reference() {
        String quotedSheet = sheet.matches("[A-Za-z0-9_]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
        if (row <= 0) {
            return quotedSheet;
        }
        return quotedSheet + "!" + (column < 0 ? "row " + row : columnLetters(column) + row);
    }

    /** Spreadsheet letters of a zero-based column: 0 is A, 25 is Z, 26 is AA. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c >= 0; c = c / 26 - 1) {
            letters.insert(0, (char) ('A' + c % 26));
        }
        return letters.toString();
    }
}
