package org.ddworkbench.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises supplier names for matching: folded to lower case without accents, bracketed remarks ("(boats)",
 * "(Samut Sakhon)") and trailing legal forms ("Co., Ltd.", "Company Limited", "Sdn Bhd", "JSC") removed,
 * punctuation and "and" dropped. The key is the tokens run together; tokens also serve for short-name matching.
 */
final class NameKeys {
    private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern MARKS = Pattern.compile("\\p{InCombiningDiacriticalMarks}+");
    private static final Set<String> LEGAL_FORMS = Set.of("co", "company", "ltd", "limited", "plc", "inc",
            "incorporated", "pte", "sdn", "bhd", "jsc", "llc", "corp", "corporation", "pvt", "private", "public",
            "gmbh", "srl", "bv", "tbk", "lp", "llp");
    private static final Set<String> NOISE = Set.of("and", "the");

    private NameKeys() {
    }

    /** The matching key: the name's tokens run together ("gulflanternseafoods"). */
    static String key(String name) {
        return String.join("", tokens(name));
    }

    /** The name's significant words in order, without legal forms, brackets and punctuation. */
    static List<String> tokens(String name) {
        if (name == null) {
            return List.of();
        }
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        String withoutRemarks = BRACKETS.matcher(folded).replaceAll(" ");
        List<String> all = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= withoutRemarks.length(); i++) {
            char c = i < withoutRemarks.length() ? withoutRemarks.charAt(i) : ' ';
            if (c == '.' || c == '\'' || c == '\u2019') {
                continue;
            }
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                word.append(c);
            } else if (!word.isEmpty()) {
                all.add(word.toString());
                word.setLength(0);
            }
        }
        List<String> tokens = new ArrayList<>(all.stream().filter(t -> !NOISE.contains(t)).toList());
        while (tokens.size() > 1 && LEGAL_FORMS.contains(tokens.get(tokens.size() - 1))) {
            tokens.remove(tokens.size() - 1);
        }
        return tokens.isEmpty() ? all : tokens;
    }

    /** A word's comparison form: a plural "s" dropped from words longer than three letters ("trims" = "trim"). */
    static String stem(String token) {
        return token.length() > 3 && token.endsWith("s") && !token.endsWith("ss")
                ? token.substring(0, token.length() - 1) : token;
    }

    /**
     * Whether one name is a shortened form of the other: the shorter has at least two words, starts with the
     * same word, and every one of its words appears in the longer ("Moei River Knitting" in "Moei River
     * Knitting Factory", "Mekong Feed Mill" in "Mekong Delta Feed Mill JSC").
     */
    static boolean isShortFormOf(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        if (shorter.size() < 2 || !stem(shorter.get(0)).equals(stem(longer.get(0)))) {
            return false;
        }
        Set<String> words = new java.util.HashSet<>();
        longer.forEach(t -> words.add(stem(t)));
        return shorter.stream().allMatch(t -> words.contains(stem(t)));
    }

    /** Levenshtein similarity of two keys, 1 for equal, 0 for nothing in common. */
    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int longest = Math.max(a.length(), b.length());
        if (longest == 0) {
            return 1;
        }
        if (Math.abs(a.length() - b.length()) > longest * 0.15 + 1) {
            return 1 - (double) Math.abs(a.length() - b.length()) / longest;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1 - (double) previous[b.length()] / longest;
    }
}
