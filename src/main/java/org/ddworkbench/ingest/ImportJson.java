package org.ddworkbench.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.ImportRecord;

/**
 * Builds the JSON an import leaves behind (its stored summary and its activity-log details): counts, sheet and
 * column names, row numbers, file name and hash, never a cell value.
 */
final class ImportJson {
    /** Skipped row numbers kept in the summary; the count is always complete. */
    static final int MAX_SKIPPED_ROWS = 1_000;

    private final ObjectMapper mapper = new ObjectMapper();

    String summary(DataSourceKind kind, String mappingName, ImportPass.Outcome outcome) {
        ObjectNode root = mapper.createObjectNode();
        root.put("kind", kind.name());
        root.put("mapping", mappingName);
        counts(root, outcome);
        ObjectNode skipped = root.putObject("skippedRows");
        outcome.problems().invalidRows(MAX_SKIPPED_ROWS).forEach((sheet, rows) -> {
            ArrayNode numbers = skipped.putArray(sheet);
            rows.forEach(numbers::add);
        });
        strings(root.putArray("hiddenSheetsSkipped"), outcome.hiddenSheets());
        deidentification(root.putObject("deidentification"), outcome.deidentification());
        return root.toString();
    }

    String completed(long importId, String fileName, String sha256, DataSourceKind kind, String mappingName,
            ImportPass.Outcome outcome, long replacedImportId) {
        ObjectNode root = mapper.createObjectNode();
        root.put("importId", importId);
        root.put("fileName", fileName);
        root.put("sha256", sha256);
        root.put("kind", kind.name());
        root.put("mapping", mappingName);
        counts(root, outcome);
        if (replacedImportId > 0) {
            root.put("replacedImportId", replacedImportId);
        }
        deidentification(root.putObject("deidentification"), outcome.deidentification());
        return root.toString();
    }

    String undone(ImportRecord record, Map<String, Integer> deleted, String reason) {
        ObjectNode root = mapper.createObjectNode();
        root.put("importId", record.id());
        root.put("fileName", record.fileName());
        root.put("sha256", record.fileSha256());
        root.put("kind", record.kind().name());
        root.put("reason", reason);
        ObjectNode rows = root.putObject("deletedRows");
        deleted.forEach(rows::put);
        return root.toString();
    }

    private static void counts(ObjectNode root, ImportPass.Outcome outcome) {
        root.put("rowsRead", outcome.rowsRead());
        root.put("rowsImported", outcome.validRows());
        root.put("rowsSkipped", outcome.invalidRows());
        root.put("problems", outcome.problems().count());
        root.put("valuesStored", outcome.valuesStored());
        root.put("suppliersCreated", outcome.suppliersCreated());
        root.put("suppliersMatched", outcome.suppliersMatched());
        root.put("uncertainMatches", outcome.uncertainCount());
        root.put("audits", outcome.audits());
        root.put("findings", outcome.findings());
    }

    private static void deidentification(ObjectNode node, DeidentificationSummary summary) {
        strings(node.putArray("droppedColumns"), summary.droppedColumns());
        strings(node.putArray("pseudonymisedColumns"), summary.pseudonymisedColumns());
        strings(node.putArray("bandedColumns"), summary.bandedColumns());
        ObjectNode scrubbed = node.putObject("scrubbed");
        summary.scrubbed().forEach(scrubbed::put);
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
