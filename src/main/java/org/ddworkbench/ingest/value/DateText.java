package org.ddworkbench.ingest.value;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as people type it: ISO ("2024-03-12"), day first with "/", "." or "-" ("12/03/2024"),
 * month names in English, French or Thai ("12 Mar 2024", "12 มี.ค. 2567"), and Excel serial numbers of the
 * 1900 date system given as text.
 *
 * <p>Numeric dates are always read day first (the users are in Asia and Europe): "03/04/2024" is 3 April,
 * never March 4; month-first dates are not guessed. Years above 2400 are Thai Buddhist Era years and lose
 * 543. Two-digit years are refused, since "67" may be 1967, 2067 or Buddhist 2567. Dates outside 1990 to
 * 2100 are refused as implausible for due-diligence evidence.
 */
final class DateText {
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;
    static final String OUT_OF_RANGE = "outside the plausible range " + FIRST_YEAR + " to " + LAST_YEAR;

    private static final int BUDDHIST_ERA_OFFSET = 543;
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final int MAX_LENGTH = 64;

    private static final Pattern TRAILING_TIME =
            Pattern.compile("(?i)(?:[T ]+|,\\s*)\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2}(?:\\.\\d+)?)?\\s*(?:[ap]\\.?m\\.?)?(?:Z|[+-]\\d{2}:?\\d{2})?$");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d+)");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:\\.\\d+)?");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s,/\\-]+");
    private static final Pattern ORDINAL = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th|er|e)");

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final List<String> IGNORED = List.of("the", "of", "le", "วันที่", "ที่", "พศ", "คศ", "mon", "monday",
            "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday", "sat",
            "saturday", "sun", "sunday");

    static {
        months(1, "jan", "january", "janvier", "มกราคม", "มค");
        months(2, "feb", "february", "fevrier", "กุมภาพันธ์", "กพ");
        months(3, "mar", "march", "mars", "มีนาคม", "มีค");
        months(4, "apr", "april", "avril", "เมษายน", "เมย");
        months(5, "may", "may", "mai", "พฤษภาคม", "พค");
        months(6, "jun", "june", "juin", "มิถุนายน", "มิย");
        months(7, "jul", "july", "juillet", "กรกฎาคม", "กค");
        months(8, "aug", "august", "aout", "สิงหาคม", "สค");
        months(9, "sep", "september", "septembre", "กันยายน", "กย", "sept");
        months(10, "oct", "october", "octobre", "ตุลาคม", "ตค");
        months(11, "nov", "november", "novembre", "พฤศจิกายน", "พย");
        months(12, "dec", "december", "decembre", "ธันวาคม", "ธค");
    }

    /** Why text is not a date, in plain English without the text itself. */
    static final class NotADate extends Exception {
        private static final long serialVersionUID = 1L;

        NotADate(String reason) {
            super(reason, null, false, false);
        }
    }

    private DateText() {
    }

    private static void months(int month, String... names) {
        for (String name : names) {
            MONTHS.put(TextKeys.folded(name), month);
        }
    }

    /** The date written in {@code written}, checked to be a real day between 1990 and 2100. */
    static LocalDate read(String written) throws NotADate {
        String text = TextKeys.folded(TextKeys.asciiDigits(written));
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new NotADate("not a date");
        }
        text = TRAILING_TIME.matcher(text).replaceFirst("").trim();
        Matcher m = YEAR_FIRST.matcher(text);
        if (m.matches()) {
            return checked(year(m.group(1)), m.group(3), m.group(4));
        }
        m = DAY_FIRST.matcher(text);
        if (m.matches()) {
            return checked(year(m.group(4)), m.group(3), m.group(1));
        }
        if (SERIAL.matcher(text).matches()) {
            return fromSerial(Double.parseDouble(text));
        }
        return withMonthName(text);
    }

    /** An Excel serial day number of the 1900 date system (the common one; 1904 workbooks come as DATE cells). */
    static LocalDate fromSerial(double serial) throws NotADate {
        // Serials below 61 fall before Excel's phantom 29 February 1900; no plausible date is there anyway.
        if (!(serial >= 61) || serial > 1_000_000) {
            throw new NotADate(OUT_OF_RANGE);
        }
        return inRange(EXCEL_EPOCH.plusDays((long) Math.floor(serial)));
    }

    /** A date from a spreadsheet cell the reader already gave as ISO text. */
    static LocalDate inRange(LocalDate date) throws NotADate {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new NotADate(OUT_OF_RANGE);
        }
        return date;
    }

    private static LocalDate withMonthName(String text) throws NotADate {
        Integer month = null;
        List<String> numbers = new ArrayList<>();
        for (String raw : TOKEN_SPLIT.split(text)) {
            String token = raw.replace(".", "");
            Matcher ordinal = ORDINAL.matcher(token);
            if (ordinal.matches()) {
                token = ordinal.group(1);
            }
            if (token.isEmpty() || IGNORED.contains(token)) {
                continue;
            }
            if (token.chars().allMatch(c -> c >= '0' && c <= '9')) {
                numbers.add(token);
            } else if (MONTHS.containsKey(token) && month == null) {
                month = MONTHS.get(token);
            } else {
                throw new NotADate("not a date");
            }
        }
        if (month == null || numbers.size() != 2) {
            throw new NotADate("not a date");
        }
        // The day has one or two digits and the year four, in either order ("12 Mar 2024", "March 12, 2024").
        int dayAt = numbers.get(0).length() <= 2 ? 0 : 1;
        return checked(year(numbers.get(1 - dayAt)), String.valueOf(month), numbers.get(dayAt));
    }

    private static int year(String digits) throws NotADate {
        if (digits.length() <= 2) {
            throw new NotADate("a two-digit year is ambiguous; the year must be written in full");
        }
        if (digits.length() != 4) {
            throw new NotADate("not a date");
        }
        int year = Integer.parseInt(digits);
        return year > 2400 ? year - BUDDHIST_ERA_OFFSET : year;
    }

    private static LocalDate checked(int year, String month, String day) throws NotADate {
        if (day.length() > 2 || month.length() > 2) {
            throw new NotADate("not a date");
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new NotADate("not a real calendar date");
        }
        return inRange(date);
    }
}
