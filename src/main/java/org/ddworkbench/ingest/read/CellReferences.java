package org.ddworkbench.ingest.read;

/**
 * Parses A1-style references of sheet XML ({@code B7}, {@code A1:C3}) without building objects per cell;
 * values beyond Excel's grid come back as {@link #BEYOND} so that callers can refuse them.
 */
final class CellReferences {
    static final int NONE = -1;
    static final int BEYOND = -2;

    private CellReferences() {
    }

    /** The zero-based column of a reference like {@code AB12}, {@link #NONE} without letters, or BEYOND. */
    static int column(CharSequence ref, int from, int to) {
        int column = 0;
        for (int i = from; i < to; i++) {
            char c = ref.charAt(i);
            int letter;
            if (c >= 'A' && c <= 'Z') {
                letter = c - 'A' + 1;
            } else if (c >= 'a' && c <= 'z') {
                letter = c - 'a' + 1;
            } else {
                break;
            }
            column = column * 26 + letter;
            if (column > Limits.MAX_COLUMNS) {
                return BEYOND;
            }
        }
        return column == 0 ? NONE : column - 1;
    }

    /** The one-based row of a reference like {@code AB12} or a bare {@code 12}, NONE if absent, or BEYOND. */
    static int row(CharSequence ref, int from, int to) {
        long row = 0;
        boolean digits = false;
        for (int i = from; i < to; i++) {
            char c = ref.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
                row = row * 10 + (c - '0');
                if (row > Limits.MAX_ROWS) {
                    return BEYOND;
                }
            } else if (digits || !Character.isLetter(c) && c != '$') {
                return digits ? (int) row : NONE;
            }
        }
        return digits ? (int) row : NONE;
    }

    /** A range {@code A1:C3} or single cell {@code B2} as a CellRange, or null when unreadable or off-grid. */
    static CellRange range(String ref) {
        if (ref == null) {
            return null;
        }
        int colon = ref.indexOf(':');
        int firstEnd = colon < 0 ? ref.length() : colon;
        int firstColumn = column(ref, 0, firstEnd);
        int firstRow = row(ref, 0, firstEnd);
        int lastColumn = colon < 0 ? firstColumn : column(ref, colon + 1, ref.length());
        int lastRow = colon < 0 ? firstRow : row(ref, colon + 1, ref.length());
        if (firstColumn < 0 || firstRow < 1 || lastColumn < 0 || lastRow < 1) {
            return null;
        }
        return new CellRange(Math.min(firstRow, lastRow), Math.max(firstRow, lastRow),
                Math.min(firstColumn, lastColumn), Math.max(firstColumn, lastColumn));
    }
}
