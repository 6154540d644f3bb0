package org.ddworkbench.ingest.value;

import java.util.Map;

/**
 * Per-column parsing rules from a mapping: value translations ("Oui" → "yes", "ไม่" → "no", keys lower
 * case) applied before parsing, and a factor converting the source unit to the metric's unit.
 */
public record ValueRules(Map<String, String> translations, double unitFactor) {
    public static final ValueRules NONE = new ValueRules(Map.of(), 1.0);

    public ValueRules {
        translations = Map.copyOf(translations);
    }
}
