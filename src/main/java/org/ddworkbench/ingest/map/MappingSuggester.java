package org.ddworkbench.ingest.map;

import java.util.List;
import org.ddworkbench.ingest.FileRejectedException;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.MetricPack;

/** Detects a file's kind, header rows and layout, and proposes where each column goes. */
public interface MappingSuggester {

    /**
     * Proposes a mapping: a template's own layout when the marker says so, else a saved profile whose header
     * signature matches, else a suggestion from header texts (pack labels and synonyms, fuzzy matching).
     *
     * @param kind the kind the user chose, or null to detect it
     * @throws FileRejectedException when no header row or kind can be found (naming file and sheet)
     */
    MappingSuggestion suggest(FilePreview preview, MetricPack pack, DataSourceKind kind, List<MappingProfile> saved)
            throws FileRejectedException;

    /** The header signature of a file for a mapping, to match saved profiles. */
    String headerSignature(FilePreview preview, MappingProfile profile);
}
