package org.ddworkbench.ingest.map;

import java.util.Map;

/**
 * In a long layout, where one question (matched by its normalised text) goes.
 *
 * @param question the question text as written
 * @param target the {@link Field} name or metric id; null for IGNORE
 */
public record RowMapping(
        String question, TargetKind kind, String target, Map<String, String> translations, double unitFactor) {

    public RowMapping {
        translations = Map.copyOf(translations);
    }
}
