package org.ddworkbench.ingest.value;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Pure text normalisations shared by the parsers: digits of any script to ASCII, and comparison keys. */
final class TextKeys {
    /** Latin accents only: Thai, Burmese and Khmer vowel and tone marks are letters of their words, not decoration. */
    private static final Pattern LATIN_ACCENTS = Pattern.compile("\\p{InCombiningDiacriticalMarks}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextKeys() {
    }

    /** The text with every decimal digit of any script (Thai ๐-๙, Burmese, Khmer, full width) as ASCII 0-9. */
    static String asciiDigits(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > '9' && Character.isDigit(c)) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            }
        }
        return out == null ? text : out.toString();
    }

    /** The text with non-breaking and other Unicode spaces as plain spaces, runs collapsed, trimmed. */
    static String plainSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
            out.append(space ? ' ' : c);
        }
        return SPACES.matcher(out).replaceAll(" ").trim();
    }

    /**
     * Lower case (root locale), full-width Latin as ASCII, Latin accents removed, spaces plain. Only canonical
     * decomposition is used: compatibility forms would split Thai SARA AM (ำ) and change Thai words.
     */
    static String folded(String text) {
        String decomposed = Normalizer.normalize(halfWidth(text), Normalizer.Form.NFD);
        String bare = LATIN_ACCENTS.matcher(decomposed).replaceAll("");
        return plainSpaces(Normalizer.normalize(bare, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
    }

    private static String halfWidth(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, (char) (c - 0xFEE0));
            }
        }
        return out == null ? text : out.toString();
    }

    /** The lookup key for translations in {@link ValueRules}: trimmed and lower case, as mappings store them. */
    static String translationKey(String text) {
        return plainSpaces(text).toLowerCase(Locale.ROOT);
    }

    /**
     * A key for comparing names: folded, apostrophes and dots removed ("U.S.A." = "usa", "Côte d’Ivoire" =
     * "cote divoire"), "&" as "and", every other punctuation mark as a space.
     */
    static String nameKey(String text) {
        String folded = folded(text).replace("&", " and ");
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '.' || c == '\'' || c == '’' || c == '‘' || c == '`' || c == 'ʼ') {
                continue;
            }
            boolean keep = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK;
            out.append(keep ? c : ' ');
        }
        return SPACES.matcher(out).replaceAll(" ").trim();
    }
}
