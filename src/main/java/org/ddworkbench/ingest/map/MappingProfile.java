package org.ddworkbench.ingest.map;

import java.util.List;
import org.ddworkbench.model.DataSourceKind;

/**
 * A named, reusable mapping of a file layout onto the pack: saved as JSON, applied automatically to later
 * files whose header signature matches.
 *
 * @param headerSignature SHA-256 (hex) of the normalised header texts of every mapped sheet, in order
 * @param fromTemplate true when the file is a workbench template (recognised by its hidden marker)
 */
public record MappingProfile(
        String name, DataSourceKind kind, String headerSignature, boolean fromTemplate, List<SheetMapping> sheets) {

    public MappingProfile {
        sheets = List.copyOf(sheets);
    }
}
