package org.ddworkbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.ddworkbench.ingest.DeidentificationSummary;
import org.ddworkbench.ingest.ImportPreview;
import org.ddworkbench.ingest.ImportResult;

/** Words for what an import will do and did: column names and counts only, never a cell's value. */
final class ImportSummary {
    private ImportSummary() {
    }

    static String preview(ImportPreview preview) {
        return String.format("  %s, mapping: %s; %,d rows read, %,d valid, %,d %s",
                KindConverter.describe(preview.kind()), mapping(preview),
                preview.rowsRead(), preview.validRows(), preview.problemCount(),
                preview.problemCount() == 1 ? "problem" : "problems");
    }

    /** Where the mapping came from, with the profile's name when the user gave one. */
    private static String mapping(ImportPreview preview) {
        if (preview.mapping() == null) {
            return "none";
        }
        String source = preview.mapping().source();
        String name = preview.mapping().profile() == null ? null : preview.mapping().profile().name();
        return "chosen".equals(source) && name != null && !name.isBlank() ? "chosen (\"" + name + "\")" : source;
    }

    static String deidentification(ImportPreview preview) {
        DeidentificationSummary summary = preview.deidentification();
        boolean workerLevel = KindConverter.workerLevel(preview.kind());
        if (summary == null || isEmpty(summary)) {
            return workerLevel ? "  De-identification: no identifier columns found, nothing removed"
                    : "  De-identification: not needed (supplier-level file)";
        }
        List<String> parts = new ArrayList<>();
        if (!summary.droppedColumns().isEmpty()) {
            parts.add("dropped " + columns(summary.droppedColumns()));
        }
        if (!summary.pseudonymisedColumns().isEmpty()) {
            parts.add("pseudonymised " + columns(summary.pseudonymisedColumns()));
        }
        if (!summary.bandedColumns().isEmpty()) {
            parts.add("stored as bands " + columns(summary.bandedColumns()));
        }
        int scrubbed = summary.scrubbed().values().stream().mapToInt(Integer::intValue).sum();
        if (scrubbed > 0) {
            List<String> where = new ArrayList<>();
            new TreeMap<>(summary.scrubbed()).forEach((column, count) -> where.add(quote(column) + " " + count));
            parts.add("scrubbed " + scrubbed + " e-mail, phone or ID " + (scrubbed == 1 ? "number" : "numbers")
                    + " from free text (" + String.join(", ", where) + ")");
        }
        return "  De-identification: " + String.join("; ", parts);
    }

    static String result(String fileName, ImportResult result) {
        StringBuilder line = new StringBuilder(String.format("Imported %s as import #%d: %,d rows, %,d values",
                fileName, result.importId(), result.rowsImported(), result.valuesStored()));
        if (result.rowsSkipped() > 0) {
            line.append(String.format(", %,d invalid rows skipped (recorded)", result.rowsSkipped()));
        }
        if (result.suppliersCreated() > 0 || result.suppliersMatched() > 0) {
            line.append(String.format("; suppliers: %d new, %d matched", result.suppliersCreated(),
                    result.suppliersMatched()));
        }
        return line.toString();
    }

    private static boolean isEmpty(DeidentificationSummary summary) {
        return summary.droppedColumns().isEmpty() && summary.pseudonymisedColumns().isEmpty()
                && summary.bandedColumns().isEmpty()
                && summary.scrubbed().values().stream().allMatch(count -> count == 0);
    }

    private static String columns(List<String> headers) {
        List<String> quoted = headers.stream().map(ImportSummary::quote).toList();
        return quoted.size() + (quoted.size() == 1 ? " column (" : " columns (") + String.join(", ", quoted) + ")";
    }

    private static String quote(String header) {
        return "\"" + header.strip().replaceAll("\\s*\\R\\s*", " ") + "\"";
    }
}
