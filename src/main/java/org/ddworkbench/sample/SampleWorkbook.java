package org.ddworkbench.sample;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook as a partner would send it, built so that the same content always gives the same bytes:
 * fixed core properties (no author), fixed column widths, fixed zip entry times.
 */
final class SampleWorkbook implements AutoCloseable {
    /** The workbooks' creation date, and the zip entries' time, so regenerating changes nothing. */
    static final LocalDateTime FIXED_TIME = LocalDateTime.of(2025, 6, 30, 9, 0);

    /** A number shown as a percentage, as Excel stores "85%": the fraction 0.85 with a percent format. */
    record Percent(double fraction) {
    }

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle headerStyle;
    private final CellStyle dateStyle;
    private final CellStyle percentStyle;
    private final CellStyle wrapStyle;

    SampleWorkbook(String title) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        Date fixed = Date.from(FIXED_TIME.toInstant(ZoneOffset.UTC));
        core.setCreator("");
        core.setTitle(title);
        core.setCreated(Optional.of(fixed));
        core.setModified(Optional.of(fixed));
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setWrapText(true);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        percentStyle = workbook.createCellStyle();
        percentStyle.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        wrapStyle = workbook.createCellStyle();
        wrapStyle.setWrapText(true);
    }

    /** Adds a sheet of explanatory lines in one wide column, the first line in bold. */
    XSSFSheet notes(String name, List<String> lines) {
        XSSFSheet sheet = workbook.createSheet(name);
        sheet.setColumnWidth(0, 110 * 256);
        for (int i = 0; i < lines.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines.get(i));
            cell.setCellStyle(i == 0 ? headerStyle : wrapStyle);
        }
        return sheet;
    }

    /** Adds a data sheet with a bold header row; widths are in characters, one per column. */
    XSSFSheet table(String name, List<String> headers, int... widths) {
        XSSFSheet sheet = workbook.createSheet(name);
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(headerStyle);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** Appends a row; null leaves a cell blank, numbers become numeric cells, dates and percents are formatted. */
    void append(XSSFSheet sheet, Object... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            } else if (value instanceof Percent percent) {
                cell.setCellValue(percent.fraction());
                cell.setCellStyle(percentStyle);
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    /** Writes the workbook to {@code file}, with every zip entry stamped with {@link #FIXED_TIME}. */
    void save(Path file) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        workbook.write(raw);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
                OutputStream fileOut = Files.newOutputStream(file);
                ZipOutputStream out = new ZipOutputStream(fileOut)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(FIXED_TIME);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
