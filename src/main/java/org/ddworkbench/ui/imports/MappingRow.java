package org.ddworkbench.ui.imports;

import org.ddworkbench.ui.I18n;

/**
 * One line of the mapping table: a source column (or, in a long layout, a question) and where it goes.
 *
 * @param sheetIndex position of the sheet in the mapping profile
 * @param question true for a long layout's question row, false for a column
 * @param index the column's zero-based index, or the question's position in the sheet's row mappings
 * @param column spreadsheet letters of the column, empty for a question
 * @param header the header or question text as written
 * @param confidence how sure the suggestion is, 0..1, or null when unknown
 * @param byUser true when the user chose this target, so the suggestion's confidence no longer applies
 */
public record MappingRow(int sheetIndex, String sheet, boolean question, int index, String column, String header,
        TargetChoice target, Double confidence, boolean byUser) {

    /** Below this, a suggestion is highlighted for the user to look at. */
    public static final double LOW_CONFIDENCE = 0.6;

    public boolean lowConfidence() {
        return !byUser && confidence != null && confidence < LOW_CONFIDENCE;
    }

    /** "85 %", "set by you", or a dash when unknown. */
    public String confidenceText() {
        if (byUser) {
            return I18n.tr("set by you");
        }
        return confidence == null ? "—" : Math.round(confidence * 100) + " %";
    }

    /** Identifies the row across previews of the same file, which rebuild the rows. */
    public String key() {
        return sheetIndex + (question ? "/q" : "/c") + index;
    }
}
