package org.ddworkbench.proof.leak;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Reads back the spreadsheet exports: the text of every cell, and the document properties of an XLSX. */
final class SpreadsheetExports {
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern ELEMENT = Pattern.compile("<(?:\\w+:)?(\\w+)(?:\\s[^>]*)?>([^<]*)</");

    private SpreadsheetExports() {
    }

    /** Each cell a spreadsheet would read as a formula: "file sheet!row:column", with no cell text shown. */
    static List<String> formulaCells(Path file) throws IOException {
        List<String> found = new ArrayList<>();
        String name = file.getFileName().toString();
        if (name.endsWith(".csv")) {
            CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
            int row = 0;
            try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(
                    Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", ""))) {
                while (rows.hasNext()) {
                    String[] cells = rows.next();
                    row++;
                    for (int c = 0; c < cells.length; c++) {
                        if (startsFormula(cells[c])) {
                            found.add(name + " " + row + ":" + (c + 1));
                        }
                    }
                }
            }
            return found;
        }
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        boolean formula = cell.getCellType() == CellType.FORMULA
                                || cell.getCellType() == CellType.STRING && startsFormula(cell.getStringCellValue());
                        if (formula) {
                            found.add(name + " " + sheet.getSheetName() + "!" + cell.getAddress());
                        }
                    }
                }
            }
        }
        return found;
    }

    /** How many cells of the file begin with a formula sign neutralised by a leading quote. */
    static long neutralisedCells(Path file) throws IOException {
        String text = file.getFileName().toString().endsWith(".csv") ? Files.readString(file, StandardCharsets.UTF_8)
                : parts(file).values().stream().reduce("", String::concat);
        Matcher quoted = Pattern.compile("'[=+\\-@]").matcher(text);
        long count = 0;
        while (quoted.find()) {
            count++;
        }
        return count;
    }

    /** A text that is not a number and starts with a sign a spreadsheet reads as a formula or command. */
    static boolean startsFormula(String text) {
        if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
            return false;
        }
        try {
            Double.parseDouble(text.strip());
            return false;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** The XLSX's parts by name, as text. */
    static Map<String, String> parts(Path xlsx) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    /** The non-empty elements of the XLSX's document properties (core, app, custom), as "part element". */
    static List<String> properties(Path xlsx) throws IOException {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> part : parts(xlsx).entrySet()) {
            if (part.getKey().startsWith("docProps/")) {
                Matcher element = ELEMENT.matcher(part.getValue());
                while (element.find()) {
                    if (!element.group(2).isBlank()) {
                        found.add(part.getKey() + " " + element.group(1));
                    }
                }
            }
        }
        return found;
    }
}
