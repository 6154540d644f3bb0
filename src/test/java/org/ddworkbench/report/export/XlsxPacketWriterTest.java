package org.ddworkbench.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxPacketWriterTest {
    @TempDir
    Path folder;
    private Path target;

    @BeforeEach
    void export() throws IOException {
        target = folder.resolve("report.xlsx");
        new PacketExporter().export(TestPackets.standard(), ExportFormat.XLSX, target);
    }

    private XSSFWorkbook open() throws IOException {
        return new XSSFWorkbook(Files.newInputStream(target));
    }

    private static List<String> texts(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                texts.add(formatter.formatCellValue(cell));
            }
        }
        return texts;
    }

    /** The cell in the row labelled {@code rowLabel}, under the header cell {@code columnLabel} in row 4. */
    private static Cell cell(Sheet sheet, String rowLabel, String columnLabel) {
        Row header = sheet.getRow(3);
        int column = -1;
        for (Cell cell : header) {
            if (cell.getStringCellValue().equals(columnLabel)) {
                column = cell.getColumnIndex();
            }
        }
        for (Row row : sheet) {
            if (row.getRowNum() > 3 && row.getCell(0) != null
                    && row.getCell(0).getStringCellValue().equals(rowLabel)) {
                return row.getCell(column);
            }
        }
        throw new AssertionError("no row " + rowLabel);
    }

    @Test
    void hasAMethodSheetThenOneSheetPerTable() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("Method");
            assertThat(workbook.getSheetName(1)).hasSizeLessThanOrEqualTo(31).startsWith("Flagged suppliers");
            assertThat(workbook.getSheetName(2)).isEqualTo(TestPackets.BY_RISK);
        }
    }

    @Test
    void theMethodSheetStatesPackThresholdsNoiseAndSources() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            assertThat(String.join("\n", texts(workbook.getSheet("Method"))))
                    .contains(TestPackets.REPORT, "2024-05-31", "forced-labour-core version 1.2.0",
                            TestPackets.FINGERPRINT, "5 contributors", "85%", "ε = 1 in total",
                            "discrete Laplace noise on counts", "Buyer A", "suppressed");
        }
    }

    @Test
    void tablesAreCrossTablesOfNumbersWithSuppressedCellsMarkedAndExplained() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            Sheet countries = workbook.getSheetAt(1);
            Cell brazilDebt = cell(countries, "Brazil", "Debt bondage");
            assertThat(brazilDebt.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(brazilDebt.getNumericCellValue()).isEqualTo(12);
            assertThat(cell(countries, "Total", "Total").getNumericCellValue()).isEqualTo(80);
            assertThat(cell(countries, "Brazil", "'@x").getStringCellValue()).isEqualTo("x");
            assertThat(cell(countries, "'" + TestPackets.HOSTILE_ROW, "Debt bondage").getStringCellValue())
                    .isEqualTo("x");
            assertThat(texts(countries)).contains(TestPackets.SMALL, TestPackets.DOMINANCE,
                    TestPackets.COMPLEMENTARY).doesNotContain(TestPackets.HOSTILE_ROW, TestPackets.HOSTILE_COLUMN);

            Sheet risk = workbook.getSheetAt(2);
            assertThat(cell(risk, "High", "Suppliers").getNumericCellValue()).isEqualTo(-2);
            assertThat(texts(risk)).anySatisfy(text -> assertThat(text).startsWith("Values carry random noise: ±5.5"));
        }
    }

    @Test
    void noCellHoldsAFormula() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Test
    void theDocumentPropertiesCarryNothingAboutTheMachine() throws IOException {
        String properties = documentProperties();

        assertThat(properties).contains("docProps/core.xml", "2024-05-31T00:00:00Z")
                .doesNotContain("Apache POI", "POI", hostName());
        String user = System.getProperty("user.name");
        assertThat(properties).doesNotContain(user);
        try (XSSFWorkbook workbook = open()) {
            assertThat(workbook.getProperties().getCoreProperties().getCreator()).isNullOrEmpty();
            assertThat(workbook.getProperties().getExtendedProperties().getUnderlyingProperties().getCompany())
                    .isNullOrEmpty();
        }
    }

    @Test
    void everyEntryOfTheFileIsDatedTheReleaseDayNotTheMomentOfWriting() throws IOException {
        List<LocalDateTime> times = new ArrayList<>();
        try (InputStream in = Files.newInputStream(target); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                times.add(entry.getTimeLocal());
            }
        }

        assertThat(times).isNotEmpty().containsOnly(LocalDateTime.of(2024, 5, 31, 0, 0));
    }

    private String documentProperties() throws IOException {
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(target); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("docProps/")) {
                    text.append(entry.getName()).append('\n')
                            .append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            return System.getenv().getOrDefault("HOSTNAME", "localhost.invalid");
        }
    }
}
