package org.ddworkbench.proof;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A big worker survey for the proof suites: the sample survey's responses repeated, each copy with its own
 * respondent numbers, as a CSV named after the sheet the sample mapping maps, so an import of it takes long and
 * grows the store by megabytes.
 */
public final class SurveyCopies {
    private SurveyCopies() {
    }

    /** Writes {@code copies} copies of the sample survey in {@code inputs} to {@code folder}/Responses.csv. */
    public static Path write(Path inputs, Path folder, int copies) throws IOException {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<List<String>> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(inputs.resolve("worker-survey.xlsx").toFile(), null, true)) {
            Sheet sheet = workbook.getSheet("Responses");
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        StringBuilder csv = new StringBuilder(line(rows.get(0)));
        for (int copy = 0; copy < copies; copy++) {
            for (List<String> row : rows.subList(1, rows.size())) {
                List<String> renamed = new ArrayList<>(row);
                renamed.set(0, row.get(0) + "-" + copy);
                csv.append(line(renamed));
            }
        }
        return Files.writeString(Files.createDirectories(folder).resolve("Responses.csv"), csv,
                StandardCharsets.UTF_8);
    }

    /** The sample's mapping for the survey, written to {@code folder}, for {@code import --mapping}. */
    public static Path mapping(Path folder) throws IOException {
        Path file = Files.createDirectories(folder).resolve("worker-survey-mapping.json");
        try (InputStream in = SurveyCopies.class.getResourceAsStream(
                "/org/ddworkbench/sample/mappings/worker-survey.json")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private static String line(List<String> cells) {
        return String.join(",", cells.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList()) + "\n";
    }
}
