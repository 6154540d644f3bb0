package org.ddworkbench.ingest.map;

import java.text.BreakIterator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a header or question into the content words that carry its meaning: question words dropped, English
 * endings stemmed, and words that mean the same in these forms ("salary", "wages", "pay") read as one.
 * Thai is split into words with the JDK's dictionary-based word breaker.
 */
final class Words {
    private static final Locale SEGMENTATION = Locale.forLanguageTag("th");

    private static final Set<String> STOP = Set.of(
            "a", "an", "the", "of", "to", "in", "at", "for", "with", "from", "as", "and", "or", "nor", "is", "are",
            "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "have", "has", "had", "can",
            "could", "will", "would", "shall", "should", "may", "might", "must", "you", "your", "yours", "i", "me",
            "my", "we", "our", "us", "they", "them", "their", "he", "she", "his", "her", "it", "its", "this", "that",
            "these", "those", "what", "which", "who", "whom", "whose", "how", "many", "much", "when", "where", "why",
            "if", "than", "then", "so", "per", "any", "all", "some", "each", "every", "please", "get", "got", "see",
            "make", "go", "goes", "out", "also", "just", "only", "very", "about", "into", "via", "eg", "etc", "ie",
            "e", "g", "own", "always", "ever", "yet", "still", "anyone", "someone", "whether");

    /** Words too common in these forms to tell targets apart; they count for little. */
    private static final Set<String> WEAK = Set.of("on", "by", "not", "no", "work");

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("paid", "pay"), Map.entry("kept", "keep"), Map.entry("held", "hold"), Map.entry("left", "leave"),
            Map.entry("understood", "understand"), Map.entry("beaten", "beat"), Map.entry("went", "go"),
            Map.entry("told", "tell"), Map.entry("daily", "day"), Map.entry("men", "man"), Map.entry("women", "woman"),
            Map.entry("hrs", "hour"), Map.entry("hr", "hour"), Map.entry("wk", "week"), Map.entry("wks", "week"),
            Map.entry("wkly", "week"), Map.entry("mth", "month"), Map.entry("mths", "month"), Map.entry("yrs", "year"),
            Map.entry("yr", "year"), Map.entry("pct", "percent"), Map.entry("num", "number"), Map.entry("nbr", "number"),
            Map.entry("ot", "overtime"), Map.entry("dorm", "dormitory"), Map.entry("dorms", "dormitory"),
            Map.entry("fined", "fine"));

    /** Groups of words that mean the same in supply-chain forms; the first word of each group is the canonical one. */
    private static final String[][] SAME = {
        {"wage", "wages", "salary", "salaries", "pay", "payment", "earnings", "remuneration"},
        {"percent", "percentage", "share", "proportion"},
        {"worker", "employee", "staff", "labourer", "laborer", "workforce", "crew"},
        {"employer", "company"},
        {"supplier", "vendor", "factory", "manufacturer"},
        {"housing", "accommodation", "dormitory", "hostel", "lodging"},
        {"penalty", "fine", "punish", "punishment", "sanction"},
        {"threaten", "threat", "intimidate", "intimidation"},
        {"grievance", "complaint", "complain"},
        {"identity", "id", "identification"},
        {"document", "papers"},
        {"hit", "beat", "hurt", "assault"},
        {"refuse", "decline"},
        {"delay", "late", "overdue"},
        {"exist", "there"},
        {"maximum", "max", "highest", "peak", "longest"},
        {"woman", "female"},
        {"man", "male"},
        {"another", "other"},
        {"number", "count"},
        {"resign", "resignation", "quit"},
        {"understand", "comprehend"},
        {"sector", "industry"},
        {"gender", "sex"},
    };

    private static final Map<String, String> CANONICAL = canonicalMap();

    private Words() {
    }

    /** The content words of a text in order of appearance, without repeats. */
    static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        String key = HeaderText.key(HeaderText.joinPrefixes(text == null ? "" : text));
        BreakIterator breaker = BreakIterator.getWordInstance(SEGMENTATION);
        breaker.setText(key);
        int start = breaker.first();
        for (int end = breaker.next(); end != BreakIterator.DONE; start = end, end = breaker.next()) {
            String word = key.substring(start, end).trim();
            if (word.isEmpty() || !Character.isLetterOrDigit(word.codePointAt(0)) || STOP.contains(word)) {
                continue;
            }
            words.add(canonical(word));
        }
        return words;
    }

    /** Whether a canonical word is one of the few that say little about meaning. */
    static boolean weak(String word) {
        return WEAK.contains(word);
    }

    static String canonical(String word) {
        String stem = stem(word);
        return CANONICAL.getOrDefault(stem, stem);
    }

    /** A light English stemmer: enough for plurals and the -ing, -ed, -ly, -ation, -ment forms of form labels. */
    static String stem(String word) {
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return irregular.equals(word) ? word : stem(irregular);
        }
        if (word.length() <= 3 || !isLatin(word)) {
            return word;
        }
        String w = word;
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        w = strip(w, "ation", 4);
        w = strip(w, "ment", 4);
        w = strip(w, "ing", 3);
        w = strip(w, "ed", 3);
        w = strip(w, "ly", 3);
        if (w.length() > 4 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String strip(String word, String suffix, int minimumLeft) {
        if (word.endsWith(suffix) && word.length() - suffix.length() >= minimumLeft) {
            return word.substring(0, word.length() - suffix.length());
        }
        return word;
    }

    private static boolean isLatin(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c > 'z' || (c < 'a' && !Character.isDigit(c))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> canonicalMap() {
        Map<String, String> map = new HashMap<>();
        for (String[] group : SAME) {
            String canonical = stem(group[0]);
            for (String word : group) {
                map.put(stem(word), canonical);
            }
        }
        return Map.copyOf(map);
    }
}
