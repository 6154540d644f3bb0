package org.ddworkbench.ingest.map;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricType;

/**
 * Proposes value translations for a choice metric: each source value seen that is not an allowed value but
 * clearly means one ("Semi announced" → "semi-announced", "Female" → "woman", "Working hours" → "hours").
 * A value that could mean two allowed values gets no translation; the validator will report it.
 */
final class ChoiceTranslations {
    private static final int MAX_VALUES = 100;
    private static final double SPELLING_MIN = 0.92;

    private ChoiceTranslations() {
    }

    /** Source value (trimmed, lower case) → allowed value, for {@code values} seen in the preview. */
    static Map<String, String> propose(Metric metric, Collection<String> values) {
        Map<String, String> translations = new LinkedHashMap<>();
        if (metric == null || metric.type() != MetricType.CHOICE) {
            return translations;
        }
        int seen = 0;
        for (String value : values) {
            if (seen++ >= MAX_VALUES) {
                break;
            }
            String source = value.trim().toLowerCase(Locale.ROOT);
            if (source.isEmpty() || translations.containsKey(source) || isAllowed(metric, source)) {
                continue;
            }
            String allowed = match(metric, value);
            if (allowed != null) {
                translations.put(source, allowed);
            }
        }
        return translations;
    }

    private static boolean isAllowed(Metric metric, String source) {
        return metric.allowedValues().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(source));
    }

    private static String match(Metric metric, String value) {
        String key = HeaderText.key(value);
        Set<String> words = Words.of(value);
        String best = null;
        int bestRank = 0;
        boolean tie = false;
        for (String allowed : metric.allowedValues()) {
            int rank = rank(key, words, allowed);
            if (rank > bestRank) {
                best = allowed;
                bestRank = rank;
                tie = false;
            } else if (rank == bestRank && rank > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** 4 same text, 3 same words, 2 the allowed value's words all present, 1 a near spelling, 0 no match. */
    private static int rank(String key, Set<String> words, String allowed) {
        String allowedKey = HeaderText.key(allowed);
        if (key.equals(allowedKey)) {
            return 4;
        }
        Set<String> allowedWords = Words.of(allowed);
        if (!words.isEmpty() && words.equals(allowedWords)) {
            return 3;
        }
        if (!allowedWords.isEmpty() && words.containsAll(allowedWords)) {
            return 2;
        }
        return JaroWinkler.similarity(key, allowedKey) >= SPELLING_MIN ? 1 : 0;
    }
}
