package org.ddworkbench.ingest.read;

/**
 * One non-blank cell as read from a file.
 *
 * @param column zero-based column index (A = 0)
 * @param text the value as text, normalised by kind: NUMBER as a plain decimal ({@code 1234.5}, no
 *     exponent, no grouping), DATE as {@code yyyy-MM-dd}, DATETIME as {@code yyyy-MM-ddTHH:mm:ss},
 *     BOOLEAN as {@code true}/{@code false}, ERROR as Excel shows it ({@code #DIV/0!}), TEXT as written
 *     (trimmed of surrounding white space)
 */
public record RawCell(int column, String text, CellKind kind) {

    /** Spreadsheet column letters for a zero-based index: 0 → A, 27 → AB. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }
}
