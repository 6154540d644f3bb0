package org.ddworkbench.ingest.read;

import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Tells, per cell style of an .xlsx workbook, whether numbers under it are dates, date-times or plain
 * numbers; each style's answer is worked out once and cached, since millions of cells share a few styles.
 */
final class NumberFormats {
    private final StylesTable styles;
    private final CellKind[] kinds;

    /** {@code styles} may be null for a workbook without a style sheet: every number is then a number. */
    NumberFormats(StylesTable styles) {
        this.styles = styles;
        this.kinds = new CellKind[styles == null ? 0 : styles.getNumCellStyles()];
    }

    CellKind kindOf(int styleIndex) {
        if (styleIndex < 0 || styleIndex >= kinds.length) {
            return CellKind.NUMBER;
        }
        CellKind kind = kinds[styleIndex];
        if (kind == null) {
            XSSFCellStyle style = styles.getStyleAt(styleIndex);
            kind = style == null ? CellKind.NUMBER
                    : CellValues.kindOfFormat(style.getDataFormat(), style.getDataFormatString());
            kinds[styleIndex] = kind;
        }
        return kind;
    }
}
