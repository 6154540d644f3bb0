package org.ddworkbench.ui.imports;

import static org.ddworkbench.ui.I18n.tr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ddworkbench.ingest.DeidentificationSummary;
import org.ddworkbench.ingest.ImportPreview;
import org.ddworkbench.ingest.ImportResult;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.SupplierMatch;

/** The sentences the import screens show about kinds, de-identification and results. */
public final class ImportText {
    private ImportText() {
    }

    public static String kind(DataSourceKind kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case SUPPLIER_LIST -> tr("Supplier list");
            case SAQ -> tr("Self-assessment (SAQ)");
            case AUDIT -> tr("Audit workbook");
            case WORKER_SURVEY -> tr("Worker survey");
            case GRIEVANCE -> tr("Grievance log");
        };
    }

    /**
     * What de-identification will do (before the import) or did (after it), in one paragraph of column
     * names and counts; empty when it has nothing to do.
     */
    public static String deidentification(DeidentificationSummary summary, boolean done) {
        if (summary == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (!summary.droppedColumns().isEmpty()) {
            parts.add(tr(done
                    ? "{0,choice,1#1 identifier column was|1<{0,number,integer} identifier columns were} not stored: {1}"
                    : "{0,choice,1#1 identifier column will|1<{0,number,integer} identifier columns will} not be stored: {1}",
                    summary.droppedColumns().size(), String.join(", ", summary.droppedColumns())));
        }
        if (!summary.pseudonymisedColumns().isEmpty()) {
            parts.add(tr(done
                    ? "{0,choice,1#1 column was|1<{0,number,integer} columns were} stored only as a pseudonym: {1}"
                    : "{0,choice,1#1 column will|1<{0,number,integer} columns will} be stored only as a pseudonym: {1}",
                    summary.pseudonymisedColumns().size(), String.join(", ", summary.pseudonymisedColumns())));
        }
        if (!summary.bandedColumns().isEmpty()) {
            parts.add(tr(done
                    ? "{0,choice,1#1 column was|1<{0,number,integer} columns were} stored as bands: {1}"
                    : "{0,choice,1#1 column will|1<{0,number,integer} columns will} be stored as bands: {1}",
                    summary.bandedColumns().size(), String.join(", ", summary.bandedColumns())));
        }
        for (Map.Entry<String, Integer> scrubbed : new TreeMap<>(summary.scrubbed()).entrySet()) {
            if (scrubbed.getValue() > 0) {
                parts.add(tr(done
                        ? "{0,choice,1#1 e-mail address, phone number or ID number was|1<{0,number,integer} e-mail addresses, phone numbers or ID numbers were} removed from {1}"
                        : "{0,choice,1#1 e-mail address, phone number or ID number will|1<{0,number,integer} e-mail addresses, phone numbers or ID numbers will} be removed from {1}",
                        scrubbed.getValue(), scrubbed.getKey()));
            }
        }
        return parts.isEmpty() ? "" : String.join("; ", parts) + ".";
    }

    /** "118 rows imported, 2 rows skipped (recorded)." */
    public static String rows(ImportResult result) {
        String imported = tr("{0,choice,0#No rows|1#1 row|1<{0,number,integer} rows} imported", result.rowsImported());
        if (result.rowsSkipped() == 0) {
            return imported + ".";
        }
        return imported + tr(", {0,choice,1#1 row|1<{0,number,integer} rows} with problems skipped (the skipped rows are recorded).",
                result.rowsSkipped());
    }

    public static String values(ImportResult result) {
        return tr("{0,choice,0#No values|1#1 value|1<{0,number,integer} values} stored, each with its file, sheet, row and column.",
                result.valuesStored());
    }

    public static String suppliers(ImportResult result) {
        return tr("Suppliers: {0,number,integer} created, {1,number,integer} matched to suppliers already in the project.",
                result.suppliersCreated(), result.suppliersMatched());
    }

    /** "240 rows read, 236 valid, 5 problems." */
    public static String check(ImportPreview preview) {
        return tr("{0,choice,0#No rows|1#1 row|1<{0,number,integer} rows} read, {1,number,integer} valid, "
                + "{2,choice,0#no problems|1#1 problem|1<{2,number,integer} problems}.",
                preview.rowsRead(), preview.validRows(), preview.problemCount());
    }

    /** The label of the skip check box, with the number of rows that would be left out. */
    public static String skip(ImportPreview preview) {
        int skipped = Math.max(0, preview.rowsRead() - preview.validRows());
        return tr("Import valid rows only (skip {0,choice,0#rows with problems|1#1 row|1<{0,number,integer} rows})",
                skipped);
    }

    /** Which hidden sheets were skipped, or empty. */
    public static String hiddenSheets(ImportPreview preview) {
        if (preview.hiddenSheetsSkipped().isEmpty()) {
            return "";
        }
        return tr("Hidden sheets are not imported; skipped: {0}.", String.join(", ", preview.hiddenSheetsSkipped()));
    }

    /** The warning for a file imported before, or empty. */
    public static String duplicate(ImportPreview preview) {
        if (preview.duplicateOfImportId() == 0) {
            return "";
        }
        return tr("This exact file (same SHA-256) was already imported as import #{0}. Importing it again is "
                + "refused unless you replace the earlier import.", String.valueOf(preview.duplicateOfImportId()));
    }

    /** "“Gulf Lantern Seafood” (TH), row 4 of Suppliers, resembles “Gulf Lantern Seafoods Co., Ltd.” (87 %)". */
    public static String match(SupplierMatch match) {
        return tr("“{0}” ({1}), row {2} of {3}, resembles “{4}” ({5} % alike)", match.nameAsWritten(),
                match.country() == null ? "?" : match.country(), String.valueOf(match.row()), match.sheet(),
                match.candidateName(), String.valueOf(Math.round(match.score() * 100)));
    }

    /** The first 12 hexadecimal digits of a SHA-256, enough to tell files apart on screen. */
    public static String shortSha(String sha256) {
        return sha256 == null ? "" : sha256.substring(0, Math.min(12, sha256.length()));
    }
}
