package org.ddworkbench.ingest.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/** Turns raw spreadsheet values into the normalised text of a {@link RawCell}. */
final class CellValues {
    /** Excel shows and computes with 15 significant digits; anything past that is binary float noise. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final double LARGEST_EXACT_WHOLE = 1e15;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private CellValues() {
    }

    /** Strips surrounding white space, including the no-break spaces spreadsheets are full of. */
    static String clean(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }

    private static boolean isBlank(char c) {
        // Printable ASCII, nearly every first and last character of a cell, settles it without the Unicode tables.
        if (c > ' ' && c < 0x7F) {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** A number as a plain decimal: no exponent, no grouping, no trailing zeros, no float noise. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < LARGEST_EXACT_WHOLE) {
            return Long.toString((long) value);
        }
        BigDecimal decimal = BigDecimal.valueOf(value).round(EXCEL_PRECISION).stripTrailingZeros();
        return decimal.signum() == 0 ? "0" : decimal.toPlainString();
    }

    /** An Excel date serial as {@code yyyy-MM-dd}, or with its time as {@code yyyy-MM-ddTHH:mm:ss}. */
    static String date(double serial, boolean date1904, boolean withTime) {
        LocalDateTime when = DateUtil.getLocalDateTime(serial, date1904, true);
        return withTime ? when.format(DATE_TIME) : when.toLocalDate().toString();
    }

    /** The cell kind a number takes under a format: a date format shows a DATE or DATETIME, else NUMBER. */
    static CellKind kindOfFormat(int formatIndex, String formatString) {
        if (formatString == null || !DateUtil.isADateFormat(formatIndex, formatString)) {
            return CellKind.NUMBER;
        }
        return showsTime(formatString) ? CellKind.DATETIME : CellKind.DATE;
    }

    /** A number cell's kind and text under its format's kind; serials outside Excel's calendar stay numbers. */
    static RawCell numberCell(int column, double value, CellKind formatKind, boolean date1904) {
        if (formatKind != CellKind.NUMBER && DateUtil.isValidExcelDate(value)) {
            return new RawCell(column, date(value, date1904, formatKind == CellKind.DATETIME), formatKind);
        }
        return new RawCell(column, number(value), CellKind.NUMBER);
    }

    /** Whether a date format shows a time of day: an hour, a second or an AM/PM marker outside literals. */
    static boolean showsTime(String format) {
        boolean inQuotes = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (inQuotes) {
                continue;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                int close = format.indexOf(']', i);
                String inside = close < 0 ? "" : format.substring(i + 1, close).toLowerCase(java.util.Locale.ROOT);
                if (inside.startsWith("h") || inside.startsWith("s")) {
                    return true;
                }
                i = close < 0 ? format.length() : close;
            } else if (c == 'h' || c == 'H' || c == 's' || c == 'S') {
                return true;
            } else if ((c == 'A' || c == 'a') && (format.regionMatches(true, i, "AM/PM", 0, 5)
                    || format.regionMatches(true, i, "A/P", 0, 3))) {
                return true;
            } else if (c == ';') {
                return false;
            }
        }
        return false;
    }
}
