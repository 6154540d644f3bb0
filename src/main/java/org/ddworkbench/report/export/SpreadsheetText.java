package org.ddworkbench.report.export;

/** Makes text safe to put in a cell of a spreadsheet or a CSV file a spreadsheet will open. */
public final class SpreadsheetText {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /**
     * Prefixes text that a spreadsheet would read as a formula (or as a command after a tab or carriage return)
     * with a single quote, so opening the file cannot run anything that came in with the data; null becomes "".
     * Only text goes through here: numbers are written as numbers, so a noisy count of -2 stays a number.
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
