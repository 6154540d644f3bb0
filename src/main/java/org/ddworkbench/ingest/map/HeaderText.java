package org.ddworkbench.ingest.map;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises header and question texts so that the same label written differently compares equal: lower
 * case, accents removed, punctuation turned into spaces, spaces collapsed. Header signatures and long-layout
 * question lookups use {@link #key(String)}; the import pipeline must use it too.
 */
public final class HeaderText {
    private static final Pattern BRACKETS = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*]|\\{[^{}]*}");
    private static final Pattern NUMBER_ABBREVIATION = Pattern.compile("(?<![\\p{L}\\p{N}])(no|nr|num)\\.(?=\\s|$|[^\\p{L}])");
    /** Question codes such as "A1", "1.2", "Q3." or "2)" in front of a question. */
    private static final Pattern QUESTION_CODE = Pattern.compile(
            "^\\s*(?:q(?:uestion)?\\.?\\s*)?\\p{Alpha}{0,2}\\d{1,3}(?:[.\\-]\\d{1,3})*\\p{Alpha}?[.):]?\\s+(?=\\S)",
            Pattern.CASE_INSENSITIVE);
    /** A questionnaire's reference period ("in the last 12 months"): context, not what is asked. */
    private static final Pattern REFERENCE_PERIOD = Pattern.compile(
            "\\b(?:in|during|over|within|for)\\s+the\\s+(?:last|past|previous)\\s+\\d+\\s+(?:days?|weeks?|months?|years?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Common prefixes written with a hyphen or without ("sub-contractor", "subcontractor"). */
    private static final Pattern JOINED_PREFIX = Pattern.compile("\\b(sub|co|non|re|pre|over|semi)-(?=\\p{L})");

    private HeaderText() {
    }

    /**
     * The comparison form of a header or question: lower case, accents removed, "%" read as "percent",
     * "&" as "and", "no." as "number", other punctuation as space, bracket contents kept as words.
     */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = NUMBER_ABBREVIATION.matcher(s).replaceAll("number ");
        s = s.replace("%", " percent ").replace("&", " and ").replace("#", " number ");
        s = stripLatinAccents(s);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || isCombiningMark(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().trim();
    }

    /** The text without bracketed parts, which usually hold units or examples ("(hours/week)", "(%)"). */
    static String withoutBrackets(String text) {
        String previous;
        String s = text == null ? "" : text;
        do {
            previous = s;
            s = BRACKETS.matcher(s).replaceAll(" ");
        } while (!s.equals(previous));
        return s;
    }

    /** The bracketed parts only, for reading units. */
    static String bracketed(String text) {
        StringBuilder units = new StringBuilder();
        var matcher = BRACKETS.matcher(text == null ? "" : text);
        while (matcher.find()) {
            units.append(' ').append(matcher.group());
        }
        return units.toString();
    }

    /** The text without a leading question code ("A1 Company name" → "Company name"). */
    static String withoutQuestionCode(String text) {
        if (text == null) {
            return "";
        }
        return QUESTION_CODE.matcher(text).replaceFirst("");
    }

    /** The text without a reference period such as "in the last 12 months". */
    static String withoutReferencePeriod(String text) {
        return REFERENCE_PERIOD.matcher(text == null ? "" : text).replaceAll(" ");
    }

    /** Joins prefixes written with a hyphen, so "sub-contractors" and "subcontractors" read the same. */
    static String joinPrefixes(String text) {
        return JOINED_PREFIX.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("$1");
    }

    private static String stripLatinAccents(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        char base = ' ';
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            // Thai vowels and tone marks are combining marks too; only marks on Latin letters are accents.
            if (isCombiningMark(c) && Character.UnicodeScript.of(base) == Character.UnicodeScript.LATIN) {
                continue;
            }
            if (!isCombiningMark(c)) {
                base = c;
            }
            out.append(c);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean isCombiningMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
