package org.ddworkbench.ingest.map;

import java.util.List;

/**
 * A proposed mapping for a file with how sure each part is, for the user to confirm or edit.
 *
 * @param source where it came from: "template", "saved profile NAME", or "suggested"
 * @param confidence per sheet and column, 0..1, keyed as {@code sheet!column}; 1 for template or saved
 * @param unmapped human-readable notes of columns or questions left unmapped ("Sheet1!F 'Remarks'")
 */
public record MappingSuggestion(MappingProfile profile, String source, java.util.Map<String, Double> confidence,
        List<String> unmapped) {

    public MappingSuggestion {
        confidence = java.util.Map.copyOf(confidence);
        unmapped = List.copyOf(unmapped);
    }
}
