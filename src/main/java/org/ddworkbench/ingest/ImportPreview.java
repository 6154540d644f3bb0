package org.ddworkbench.ingest;

import java.nio.file.Path;
import java.util.List;
import org.ddworkbench.ingest.map.MappingSuggestion;
import org.ddworkbench.ingest.read.FileFormat;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.SupplierMatch;

/**
 * The result of validating a file without storing it: kind, mapping, counts, every problem, what
 * de-identification will do, and whether the file was imported before.
 *
 * @param problems the first problems (capped, see {@code problemCount}) in file order
 * @param duplicateOfImportId the id of an earlier import of the same file (same SHA-256), or 0
 * @param hiddenSheetsSkipped names of hidden sheets that were not read
 */
public record ImportPreview(
        Path file, String fileSha256, FileFormat format, DataSourceKind kind, MappingSuggestion mapping,
        int rowsRead, int validRows, List<ImportProblem> problems, long problemCount,
        List<String> hiddenSheetsSkipped, DeidentificationSummary deidentification, long duplicateOfImportId,
        List<SupplierMatch> uncertainMatches) {

    public ImportPreview {
        problems = List.copyOf(problems);
        hiddenSheetsSkipped = List.copyOf(hiddenSheetsSkipped);
        uncertainMatches = List.copyOf(uncertainMatches);
    }

    /** Whether the file can be imported as is, without skipping rows. */
    public boolean clean() {
        return problemCount == 0;
    }
}
