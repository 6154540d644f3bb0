package org.ddworkbench.report.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of an exported workbook, created once because a workbook holds a limited number. */
final class XlsxStyles {
    final CellStyle title;
    final CellStyle bold;
    final CellStyle header;
    final CellStyle label;
    final CellStyle whole;
    final CellStyle decimal;
    final CellStyle suppressed;
    final CellStyle note;
    final CellStyle wrapped;

    XlsxStyles(Workbook workbook) {
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        Font heavy = workbook.createFont();
        heavy.setBold(true);
        Font slanted = workbook.createFont();
        slanted.setItalic(true);

        title = workbook.createCellStyle();
        title.setFont(large);
        bold = workbook.createCellStyle();
        bold.setFont(heavy);
        bold.setVerticalAlignment(VerticalAlignment.TOP);
        header = bordered(workbook);
        header.setFont(heavy);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        label = bordered(workbook);
        label.setFont(heavy);
        whole = bordered(workbook);
        whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        decimal = bordered(workbook);
        decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        suppressed = bordered(workbook);
        suppressed.setAlignment(HorizontalAlignment.CENTER);
        suppressed.setFont(slanted);
        suppressed.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        suppressed.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        note = workbook.createCellStyle();
        note.setFont(slanted);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
