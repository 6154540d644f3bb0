package org.ddworkbench.ingest.map;

import java.util.List;
import java.util.Map;
import org.ddworkbench.ingest.read.CellRange;
import org.ddworkbench.ingest.read.FileFormat;
import org.ddworkbench.ingest.read.RawCell;
import org.ddworkbench.ingest.read.SheetInfo;

/**
 * The first rows of every sheet of a file, enough to detect its kind, header rows and mapping. Held in
 * memory only; never written anywhere.
 *
 * @param templateMarker the key/values of a workbench template's hidden marker sheet, or empty
 */
public record FilePreview(String fileName, FileFormat format, List<SheetPreview> sheets, Map<String, String> templateMarker) {

    public FilePreview {
        sheets = List.copyOf(sheets);
        templateMarker = Map.copyOf(templateMarker);
    }

    /** One sheet's first rows (row number → cells) and merged regions. */
    public record SheetPreview(SheetInfo sheet, Map<Integer, List<RawCell>> rows, List<CellRange> merged) {
        public SheetPreview {
            rows = Map.copyOf(rows);
            merged = List.copyOf(merged);
        }
    }
}
