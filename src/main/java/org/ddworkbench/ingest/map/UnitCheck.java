package org.ddworkbench.ingest.map;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ddworkbench.model.Metric;

/**
 * Notices when a header states a unit over a different period than its metric ("hours (per day)" for a
 * hours-per-week metric). The suggestion then keeps a factor of 1 and a low confidence rather than guess.
 */
final class UnitCheck {
    private static final Set<String> PERIODS = Set.of("day", "week", "month", "year");
    private static final Pattern PER = Pattern.compile("(?:\\bper|/|\\ba)\\s*(\\p{L}+)");

    private UnitCheck() {
    }

    /** Whether {@code header} names a period and the metric's unit is over another one. */
    static boolean conflicts(Metric metric, String header) {
        String expected = period(metric.unit());
        if (expected == null || header == null) {
            return false;
        }
        Set<String> stated = new HashSet<>();
        for (String word : Words.of(HeaderText.bracketed(header))) {
            if (PERIODS.contains(word)) {
                stated.add(word);
            }
        }
        Matcher per = PER.matcher(header.toLowerCase(Locale.ROOT));
        while (per.find()) {
            String word = Words.canonical(per.group(1));
            if (PERIODS.contains(word)) {
                stated.add(word);
            }
        }
        return !stated.isEmpty() && !stated.contains(expected);
    }

    /** The period a pack unit is over: "hours-per-week" → week, "days" → day, "months-of-wages" → month. */
    private static String period(String unit) {
        if (unit == null) {
            return null;
        }
        String[] parts = unit.toLowerCase(Locale.ROOT).split("-");
        String word = unit.contains("-per-") ? parts[parts.length - 1] : parts[0];
        String canonical = Words.canonical(word);
        return PERIODS.contains(canonical) ? canonical : null;
    }
}
