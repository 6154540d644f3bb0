package org.ddworkbench.ingest.map;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test support: writes small real .xlsx files (sheets of rows, merged regions, hidden sheets) for the suggester to read. */
final class TestWorkbooks {
    private final Map<String, List<Object[]>> sheets = new LinkedHashMap<>();
    private final Map<String, List<CellRangeAddress>> merged = new LinkedHashMap<>();
    private final Map<String, SheetVisibility> visibility = new LinkedHashMap<>();

    /** Adds a sheet; a null row leaves a blank row, a null value a blank cell. */
    TestWorkbooks sheet(String name, Object[]... rows) {
        sheets.put(name, new ArrayList<>(Arrays.asList(rows)));
        return this;
    }

    /** Merges a region of the last sheet added ("A1:E1"). */
    TestWorkbooks merge(String sheet, String region) {
        merged.computeIfAbsent(sheet, s -> new ArrayList<>()).add(CellRangeAddress.valueOf(region));
        return this;
    }

    TestWorkbooks hidden(String sheet, SheetVisibility how) {
        visibility.put(sheet, how);
        return this;
    }

    Path write(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            for (Map.Entry<String, List<Object[]>> entry : sheets.entrySet()) {
                XSSFSheet sheet = workbook.createSheet(entry.getKey());
                List<Object[]> rows = entry.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    if (rows.get(r) == null) {
                        continue;
                    }
                    Row row = sheet.createRow(r);
                    Object[] values = rows.get(r);
                    for (int c = 0; c < values.length; c++) {
                        if (values[c] instanceof Number number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else if (values[c] != null) {
                            row.createCell(c).setCellValue(values[c].toString());
                        }
                    }
                }
                merged.getOrDefault(entry.getKey(), List.of()).forEach(sheet::addMergedRegion);
            }
            visibility.forEach((sheet, how) -> workbook.setSheetVisibility(workbook.getSheetIndex(sheet), how));
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    static Object[] row(Object... values) {
        return values;
    }
}
