package org.ddworkbench.ingest.map;

import java.util.Map;

/**
 * Where one source column goes.
 *
 * @param column zero-based index in the source sheet
 * @param header the header text as written (for display and the header signature)
 * @param target the {@link Field} name or metric id; null for IDENTIFIER and IGNORE
 * @param translations source value (lower case) → canonical value ("oui" → "yes")
 * @param unitFactor multiplies source numbers into the metric's unit (1 when the units agree)
 */
public record ColumnMapping(
        int column, String header, TargetKind kind, String target, Map<String, String> translations, double unitFactor) {

    public ColumnMapping {
        translations = Map.copyOf(translations);
    }

    public static ColumnMapping ignore(int column, String header) {
        return new ColumnMapping(column, header, TargetKind.IGNORE, null, Map.of(), 1.0);
    }
}
