package org.ddworkbench.ingest.value;

import java.math.BigInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces e-mail addresses, phone numbers and ID-like numbers in free text with "[email]", "[phone]" and
 * "[id-number]", while leaving the numbers a grievance normally contains: hours, amounts ("9000 baht",
 * "1,500 baht", "12 000 000"), dates ("12/03/2024", "2024-03-12"), years, ranges and case references.
 *
 * <p>What counts as what: a run of digits that starts with "+" and has 7 to 15 digits is a phone number.
 * Passport-like tokens (one or two capital letters and 6 to 9 digits, "MA123456", "AB 1234567") and
 * 13-digit numbers (Thai national ID, with or without dashes) are ID numbers. Other runs of digits joined
 * by spaces, dots, dashes or brackets with 8 or more digits in all are phone numbers (an unbroken run is
 * a phone number when it starts with 0 and has 9 to 11 digits, else an ID number), unless they read as a
 * date, a decimal, a rising range, years, or an amount grouped in thousands. Any 8-digit run still left is
 * an ID number. Runs are found by a linear scan rather than a regular expression, so hostile text cannot
 * make scrubbing slow or overflow the stack.
 */
final class TextScrubber {
    static final String EMAIL = "[email]";
    static final String PHONE = "[phone]";
    static final String ID_NUMBER = "[id-number]";

    /** No ordinary number is this long; longer runs are not worth the pattern checks. */
    private static final int MAX_ORDINARY_LENGTH = 40;
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    /**
     * An ASCII local part (so an address glued to Thai text starts where the address does) and a domain, as
     * flat character classes without repeated groups; the domain's last label is checked in code.
     */
    private static final Pattern EMAILS = Pattern.compile("(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[\\w.-]++", FLAGS);
    private static final Pattern TOP_LEVEL = Pattern.compile("\\p{L}{2,}", FLAGS);
    private static final Pattern PASSPORTS = Pattern.compile(
            "(?<![\\p{L}\\d])(?:\\p{Lu}{1,2}[ -]?|[a-z]{1,2})\\d{6,9}(?![\\p{L}\\d])", FLAGS);
    private static final Pattern LONG_DIGITS = Pattern.compile("\\d{8,}", FLAGS);
    private static final Pattern DATE = Pattern.compile(
            "\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{2}|\\d{4})|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}");
    private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern THOUSANDS = Pattern.compile("[1-9]\\d{0,2}(?: \\d{3})+|[1-9]\\d{0,2}(?:\\.\\d{3})+");
    private static final Pattern YEARS = Pattern.compile("(?:19|20)\\d{2}(?:[ -](?:19|20)\\d{2})+");
    private static final Pattern RANGE = Pattern.compile("([1-9]\\d*)-([1-9]\\d*)");
    private static final Pattern SMALL_GROUP = Pattern.compile("(?:^| )\\d{1,2}(?= |$)");

    TextScrubber() {
    }

    Deidentifier.Scrubbed scrub(String text) {
        int[] emails = {0};
        int[] phones = {0};
        int[] ids = {0};
        String out = replace(EMAILS, text, match -> email(match, emails));
        out = replace(PASSPORTS, out, match -> count(ids, ID_NUMBER));
        out = digitRuns(out, phones, ids);
        out = replace(LONG_DIGITS, out, match -> count(ids, ID_NUMBER));
        return new Deidentifier.Scrubbed(out, emails[0], phones[0], ids[0]);
    }

    /** "[email]" and whatever trailing punctuation the greedy domain took, or the text when it is no address. */
    private static String email(String match, int[] emails) {
        int end = match.length();
        while (end > 0 && (match.charAt(end - 1) == '.' || match.charAt(end - 1) == '-')) {
            end--;
        }
        String address = match.substring(0, end);
        String domain = address.substring(address.indexOf('@') + 1);
        int lastDot = domain.lastIndexOf('.');
        if (lastDot <= 0 || !TOP_LEVEL.matcher(domain.substring(lastDot + 1)).matches()) {
            return match;
        }
        return count(emails, EMAIL) + match.substring(end);
    }

    /** Finds runs of digit groups joined by single separators, never starting inside a word or reference. */
    private static String digitRuns(String text, int[] phones, int[] ids) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = runAt(text, i);
            if (end < 0) {
                out.append(text.charAt(i));
                i++;
                continue;
            }
            String run = text.substring(i, end);
            out.append(followedByNumberOrWord(text, end) ? run : classify(run, phones, ids));
            i = end;
        }
        return out.toString();
    }

    /** The end of the run starting at {@code start}, or -1 when no run may start there. */
    private static int runAt(String text, int start) {
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (Character.isLetterOrDigit(before) || "_/,+-".indexOf(before) >= 0) {
                return -1;
            }
        }
        int at = start;
        if (charAt(text, at) == '+') {
            at += charAt(text, at + 1) == ' ' ? 2 : 1;
        } else if (charAt(text, at) == '(') {
            at++;
        }
        int end = digitsEnd(text, at);
        if (end == at) {
            return -1;
        }
        while (true) {
            int next = separatorEnd(text, end);
            int digits = next < 0 ? next : digitsEnd(text, next);
            if (next < 0 || digits == next) {
                return end;
            }
            end = digits;
        }
    }

    /** Where the digits after a separator begin: one of " ", ".", "-", ")", ") ", ")(", ") (", "(", " (". */
    private static int separatorEnd(String text, int at) {
        char c = charAt(text, at);
        if (c == ')') {
            int next = at + 1;
            next += charAt(text, next) == ' ' ? 1 : 0;
            next += charAt(text, next) == '(' ? 1 : 0;
            return next;
        }
        if (c == ' ' && charAt(text, at + 1) == '(') {
            return at + 2;
        }
        if (c == ' ' || c == '.' || c == '-' || c == '(') {
            return at + 1;
        }
        return -1;
    }

    private static int digitsEnd(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static char charAt(String text, int at) {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    /** A run glued to a word ("12345678abc") or continued by ",5", "/3" or ":00" is part of something else. */
    private static boolean followedByNumberOrWord(String text, int end) {
        char next = charAt(text, end);
        return Character.isLetterOrDigit(next) || ",/:".indexOf(next) >= 0 && next != '\0'
                && Character.isDigit(charAt(text, end + 1));
    }

    /** The placeholder for one run of digits, or the run itself when it is an ordinary number. */
    private static String classify(String run, int[] phones, int[] ids) {
        int digits = (int) run.chars().filter(Character::isDigit).count();
        String ascii = TextKeys.asciiDigits(run);
        if (ascii.startsWith("+")) {
            if (digits < 7) {
                return run;
            }
            return digits > 15 ? count(ids, ID_NUMBER) : count(phones, PHONE);
        }
        if (digits == 13) {
            return count(ids, ID_NUMBER);
        }
        if (digits < 8) {
            return run;
        }
        boolean unbroken = ascii.chars().allMatch(c -> c >= '0' && c <= '9');
        if (unbroken) {
            return ascii.startsWith("0") && digits <= 11 && digits >= 9 ? count(phones, PHONE) : count(ids, ID_NUMBER);
        }
        if (ascii.length() <= MAX_ORDINARY_LENGTH && ordinaryNumber(ascii)) {
            return run;
        }
        return digits > 15 ? count(ids, ID_NUMBER) : count(phones, PHONE);
    }

    /**
     * Dates, decimals, amounts in thousands, years, rising ranges ("15000-20000") and lists of small numbers,
     * which phone numbers do not look like.
     */
    private static boolean ordinaryNumber(String run) {
        if (DATE.matcher(run).matches() || DECIMAL.matcher(run).matches() || THOUSANDS.matcher(run).matches()
                || YEARS.matcher(run).matches()) {
            return true;
        }
        Matcher range = RANGE.matcher(run);
        if (range.matches() && range.group(1).length() <= range.group(2).length()
                && new BigInteger(range.group(1)).compareTo(new BigInteger(range.group(2))) < 0) {
            return true;
        }
        boolean spacesOnly = run.chars().allMatch(c -> c == ' ' || (c >= '0' && c <= '9'));
        return spacesOnly && !run.startsWith("0") && SMALL_GROUP.matcher(run).find();
    }

    private static String count(int[] counter, String placeholder) {
        counter[0]++;
        return placeholder;
    }

    private static String replace(Pattern pattern, String text, Function<String, String> replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
