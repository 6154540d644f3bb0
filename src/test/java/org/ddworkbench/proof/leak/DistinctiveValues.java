package org.ddworkbench.proof.leak;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The distinctive values of a folder of input files, read from the files themselves: supplier names, addresses
 * and ids; worker names, respondent numbers, phone and passport or ID numbers; e-mail addresses and phone numbers
 * written in any cell; and every value that occurs in only one row of all the files. Header rows and values
 * shorter than five characters ("TH", "Yes", "2025") are left out, and so is any word of the metric pack, which
 * is public vocabulary.
 */
final class DistinctiveValues {
    /** Headers whose column holds a supplier's identity. */
    private static final Set<String> SUPPLIER_COLUMNS = Set.of("supplier name", "supplier", "workplace", "site",
            "address", "site address", "os id");
    /** Headers whose column identifies a worker. */
    private static final Set<String> WORKER_COLUMNS = Set.of("respondent no.", "respondent name", "phone",
            "passport / id no.");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d -]{6,}\\d");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/-]\\d{1,2}[/-]\\d{2,4}");
    private static final int SHORTEST = 5;

    /** Each value with what it is, such as "worker identifier"; sorted, so an index names a value reproducibly. */
    private final Map<String, String> kinds = new TreeMap<>();

    private DistinctiveValues() {
    }

    static DistinctiveValues of(Path inputs) throws IOException {
        DistinctiveValues values = new DistinctiveValues();
        Map<String, Integer> rowsHolding = new HashMap<>();
        try (Stream<Path> files = Files.walk(inputs)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                for (List<List<String>> sheet : sheets(file)) {
                    values.addSheet(sheet, rowsHolding);
                }
            }
        }
        String pack = packText();
        rowsHolding.forEach((value, rows) -> {
            if (rows == 1 && value.length() >= SHORTEST && !LeakScanner.appears(value, pack)) {
                values.kinds.putIfAbsent(value, "one-row value");
            }
        });
        return values;
    }

    Map<String, String> byValue() {
        return kinds;
    }

    long count(String kind) {
        return kinds.values().stream().filter(kind::equals).count();
    }

    private void addSheet(List<List<String>> rows, Map<String, Integer> rowsHolding) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        for (List<String> row : rows.subList(1, rows.size())) {
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c).strip();
                if (cell.isEmpty()) {
                    continue;
                }
                String column = c < header.size() ? header.get(c) : "";
                if (SUPPLIER_COLUMNS.contains(column)) {
                    kinds.put(cell, "supplier identity");
                } else if (WORKER_COLUMNS.contains(column)) {
                    kinds.put(cell, "worker identifier");
                }
                contacts(cell);
            }
            row.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct()
                    .forEach(v -> rowsHolding.merge(v, 1, Integer::sum));
        }
    }

    private void contacts(String cell) {
        for (Pattern pattern : List.of(EMAIL, PHONE)) {
            Matcher found = pattern.matcher(cell);
            while (found.find()) {
                boolean date = DATE.matcher(found.group().strip()).matches();
                if (pattern == EMAIL || !date && found.group().replaceAll("\\D", "").length() >= 7) {
                    kinds.putIfAbsent(found.group().strip(), pattern == EMAIL ? "e-mail address" : "phone number");
                }
            }
        }
    }

    /** Every sheet of a workbook, or the one table of a CSV file, as rows of cell text. */
    private static List<List<List<String>>> sheets(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<List<List<String>>> sheets = new ArrayList<>();
        if (name.endsWith(".csv")) {
            CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<List<String>> rows = new ArrayList<>();
            try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(file.toFile())) {
                it.forEachRemaining(row -> rows.add(List.of(row)));
            }
            sheets.add(rows);
        } else if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
                for (Sheet sheet : workbook) {
                    List<List<String>> rows = new ArrayList<>();
                    for (Row row : sheet) {
                        List<String> cells = new ArrayList<>();
                        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                            Cell cell = row.getCell(c);
                            cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                        }
                        rows.add(cells);
                    }
                    sheets.add(rows);
                }
            }
        }
        return sheets;
    }

    private static String packText() throws IOException {
        try (InputStream in = DistinctiveValues.class.getResourceAsStream("/org/ddworkbench/pack/forced-labour-core.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** How many values of each kind, for messages that must not show the values themselves. */
    Map<String, Long> tally() {
        Map<String, Long> tally = new LinkedHashMap<>();
        kinds.values().forEach(kind -> tally.merge(kind, 1L, Long::sum));
        return tally;
    }
}
