package org.ddworkbench.report.export;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.ddworkbench.report.packet.PacketCell;
import org.ddworkbench.report.packet.PacketTable;

/**
 * Lays one packet table out on a sheet as a cross table (row labels down, column labels across, totals last),
 * suppressed cells as a grey "x", and below it the noise note and a legend giving each suppressed cell's reason.
 * A legend rather than cell comments: it prints, it can be filtered, and comments would carry an author.
 */
final class XlsxTableSheet {
    private static final int FIRST_TABLE_ROW = 3;
    private static final int WIDEST_COLUMN = 60;

    private final XlsxStyles styles;

    XlsxTableSheet(XlsxStyles styles) {
        this.styles = styles;
    }

    void write(Sheet sheet, TableGrid grid) {
        PacketTable table = grid.table();
        text(row(sheet, 0), 0, table.title(), styles.title);
        String about = "Unit: " + (table.unit() == null ? "" : table.unit())
                + (table.page() == null ? "" : "    Page: " + table.page());
        text(row(sheet, 1), 0, about, styles.note);
        if (grid.twoWay()) {
            text(row(sheet, 2), 1, grid.columnDimensionLabel(), styles.note);
        }
        Row header = row(sheet, FIRST_TABLE_ROW);
        text(header, 0, grid.rowDimensionLabel(), styles.header);
        for (int column = 0; column < grid.columns(); column++) {
            text(header, column + 1, grid.columnLabel(column), styles.header);
        }
        for (int row = 0; row < grid.rows(); row++) {
            Row line = row(sheet, FIRST_TABLE_ROW + 1 + row);
            text(line, 0, grid.rowLabel(row), styles.label);
            for (int column = 0; column < grid.columns(); column++) {
                value(line, column + 1, grid.cell(row, column));
            }
        }
        int next = FIRST_TABLE_ROW + grid.rows() + 2;
        String noise = MethodStatement.noiseNote(table);
        if (noise != null) {
            text(row(sheet, next), 0, noise, styles.note);
            next += 2;
        }
        legend(sheet, grid, next);
        sheet.createFreezePane(1, FIRST_TABLE_ROW + 1);
        widen(sheet, grid);
    }

    private void value(Row line, int column, PacketCell cell) {
        if (cell == null) {
            return;
        }
        if (cell.suppressed()) {
            text(line, column, "x", styles.suppressed);
            return;
        }
        Cell number = line.createCell(column);
        number.setCellValue(cell.value());
        number.setCellStyle(ValueText.whole(cell.value()) ? styles.whole : styles.decimal);
    }

    private void legend(Sheet sheet, TableGrid grid, int first) {
        List<PacketCell> suppressed = grid.suppressed();
        if (suppressed.isEmpty()) {
            return;
        }
        text(row(sheet, first), 0, "Suppressed cells (x) and why", styles.bold);
        Row header = row(sheet, first + 1);
        text(header, 0, grid.rowDimensionLabel(), styles.header);
        int reason = grid.twoWay() ? 2 : 1;
        if (grid.twoWay()) {
            text(header, 1, grid.columnDimensionLabel(), styles.header);
        }
        text(header, reason, "Reason", styles.header);
        int at = first + 2;
        for (PacketCell cell : suppressed) {
            Row line = row(sheet, at++);
            text(line, 0, grid.rowLabel(cell.row()), styles.label);
            if (grid.twoWay()) {
                text(line, 1, grid.columnLabel(cell.column()), styles.label);
            }
            text(line, reason, cell.reason() == null ? cell.mark() : cell.reason(), styles.label);
        }
    }

    private static void widen(Sheet sheet, TableGrid grid) {
        int labels = grid.rowDimensionLabel().length();
        for (int row = 0; row < grid.rows(); row++) {
            labels = Math.max(labels, grid.rowLabel(row).length());
        }
        sheet.setColumnWidth(0, characters(labels));
        for (int column = 0; column < grid.columns(); column++) {
            sheet.setColumnWidth(column + 1, characters(Math.max(10, grid.columnLabel(column).length())));
        }
    }

    private static int characters(int count) {
        return Math.min(WIDEST_COLUMN, count + 2) * 256;
    }

    private static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(SpreadsheetText.neutralise(value));
        cell.setCellStyle(style);
    }
}
