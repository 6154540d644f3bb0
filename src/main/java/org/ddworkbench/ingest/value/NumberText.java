package org.ddworkbench.ingest.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a number as people type it: digits of any script, thousands separators ("1,234.5", "1.234,5",
 * "1 234", "1'234"), a sign, and a unit or symbol before or after ("THB 9,000", "48 h", "12%").
 *
 * <p>Separators: when both "." and "," occur, the last one is the decimal mark. A single "," followed by
 * exactly three digits is a thousands separator ("1,234" = 1234, as written across Asia), otherwise it is a
 * decimal comma ("48,5"). A single "." is always a decimal point ("1.234" = 1.234). Several of the same mark
 * must group digits in threes. Exponents are not accepted.
 */
final class NumberText {
    /** Longer text is not a number anyone typed; refusing it early keeps hostile cells cheap. */
    static final int MAX_LENGTH = 64;

    private static final Pattern RANGE = Pattern.compile("\\d+(?:[.,]\\d+)?\\s*[-–—~]\\s*\\d+(?:[.,]\\d+)?");

    /** A number read from text, with the unit words written before and after it (possibly blank). */
    record Reading(BigDecimal value, String prefix, String suffix) {
    }

    /** Why text is not a number, in plain English without the text itself. */
    static final class NotANumber extends Exception {
        private static final long serialVersionUID = 1L;

        NotANumber(String reason) {
            super(reason, null, false, false);
        }
    }

    private NumberText() {
    }

    static Reading read(String written) throws NotANumber {
        String text = TextKeys.plainSpaces(TextKeys.asciiDigits(written)).replace('−', '-');
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new NotANumber("not a number");
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            throw new NotANumber("not a number");
        }
        String core = text.substring(first, last + 1);
        if (RANGE.matcher(core).matches()) {
            throw new NotANumber("a range, not a single number");
        }
        String prefix = text.substring(0, first).trim();
        String suffix = text.substring(last + 1).trim();
        boolean negative = false;
        if (prefix.endsWith("-") || prefix.endsWith("+")) {
            negative = prefix.endsWith("-");
            prefix = prefix.substring(0, prefix.length() - 1).trim();
        } else if (prefix.startsWith("-") || prefix.startsWith("+")) {
            negative = prefix.startsWith("-");
            prefix = prefix.substring(1).trim();
        }
        BigDecimal value = new BigDecimal(plainDigits(core));
        return new Reading(negative ? value.negate() : value, prefix, suffix);
    }

    /** The core ("1.234,5") as a plain decimal ("1234.5"), or why it is not one. */
    private static String plainDigits(String core) throws NotANumber {
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != ',' && c != ' ' && c != '\'' && c != '’') {
                throw new NotANumber("not a number");
            }
        }
        int lastDot = core.lastIndexOf('.');
        int lastComma = core.lastIndexOf(',');
        char decimal;
        if (lastDot >= 0 && lastComma >= 0) {
            decimal = lastDot > lastComma ? '.' : ',';
        } else if (lastComma >= 0) {
            boolean single = core.indexOf(',') == lastComma;
            // "0,123" cannot be thousands, so it is a decimal comma like "48,5".
            boolean thousands = core.length() - lastComma - 1 == 3 && core.charAt(0) != '0';
            decimal = single && !thousands ? ',' : 0;
        } else if (lastDot >= 0) {
            decimal = core.indexOf('.') == lastDot ? '.' : 0;
        } else {
            decimal = 0;
        }
        String integerPart = core;
        String fraction = "";
        if (decimal != 0) {
            int at = core.lastIndexOf(decimal);
            integerPart = core.substring(0, at);
            fraction = core.substring(at + 1);
            if (fraction.isEmpty() || !fraction.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                throw new NotANumber("not a number");
            }
        }
        return grouped(integerPart) + (fraction.isEmpty() ? "" : "." + fraction);
    }

    /** Digits of the integer part with its thousands separators checked and removed. */
    private static String grouped(String integerPart) throws NotANumber {
        List<String> groups = new ArrayList<>();
        StringBuilder group = new StringBuilder();
        char separator = 0;
        for (int i = 0; i < integerPart.length(); i++) {
            char c = integerPart.charAt(i);
            if (c >= '0' && c <= '9') {
                group.append(c);
                continue;
            }
            char kind = c == '’' ? '\'' : c;
            if (separator != 0 && separator != kind || group.length() == 0) {
                throw new NotANumber("not a number");
            }
            separator = kind;
            groups.add(group.toString());
            group.setLength(0);
        }
        groups.add(group.toString());
        if (groups.size() > 1) {
            boolean leadOk = groups.get(0).length() >= 1 && groups.get(0).length() <= 3;
            boolean restOk = groups.subList(1, groups.size()).stream().allMatch(g -> g.length() == 3);
            if (!leadOk || !restOk) {
                throw new NotANumber("not a number: its digit groups do not look like thousands");
            }
        }
        String digits = String.join("", groups);
        if (digits.isEmpty()) {
            throw new NotANumber("not a number");
        }
        return digits;
    }
}
