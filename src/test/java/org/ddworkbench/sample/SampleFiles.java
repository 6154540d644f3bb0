package org.ddworkbench.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test helper that turns sample files into comparable text: CSV and Markdown as is, workbooks cell by cell. */
final class SampleFiles {
    private SampleFiles() {
    }

    /** Every file under {@code dir} by relative path (with forward slashes), mapped to its comparable content. */
    static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> contents = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = dir.relativize(file).toString().replace('\\', '/');
                contents.put(relative, relative.endsWith(".xlsx") ? workbookText(file)
                        : Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"));
            }
        }
        return contents;
    }

    /** One line per non-blank cell: sheet, address, cell type, raw value and number format. */
    static String workbookText(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                text.append("## ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.getAddress().formatAsString()).append(' ').append(cell.getCellType())
                                .append(' ').append(raw(cell)).append(' ')
                                .append(cell.getCellStyle().getDataFormatString()).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    /** The values of one sheet as rows of displayed text (dates as dd/mm/yyyy, percents as 85%). */
    static List<List<String>> rows(Path file, String sheetName) throws IOException {
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet(sheetName);
            if (sheet == null) {
                throw new IllegalArgumentException("No sheet " + sheetName + " in " + file);
            }
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    values.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                rows.add(values);
            }
        }
        return rows;
    }

    private static String raw(Cell cell) {
        return switch (cell.getCellType()) {
            case NUMERIC -> Double.toString(cell.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case FORMULA -> cell.getCellFormula();
            case BLANK -> "";
            default -> cell.getStringCellValue();
        };
    }
}
