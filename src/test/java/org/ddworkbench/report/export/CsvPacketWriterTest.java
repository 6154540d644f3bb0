package org.ddworkbench.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvPacketWriterTest {
    @TempDir
    Path folder;

    private List<Map<String, String>> export() throws IOException {
        Path target = folder.resolve("report.csv");
        new PacketExporter().export(TestPackets.standard(), ExportFormat.CSV, target);
        String text = Files.readString(target, StandardCharsets.UTF_8);
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> lines = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text.substring(1))) {
            return lines.readAll();
        }
    }

    private static Map<String, String> line(List<Map<String, String>> lines, String table, String row,
            String column) {
        return lines.stream().filter(line -> line.get("Table").equals(table) && line.get("Row").equals(row)
                && line.get("Column").equals(column)).findFirst().orElseThrow();
    }

    @Test
    void startsWithAByteOrderMarkAndTheHeader() throws IOException {
        Path target = folder.resolve("report.csv");
        new PacketExporter().export(TestPackets.standard(), ExportFormat.CSV, target);

        assertThat(Files.readAllBytes(target)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Files.readAllLines(target, StandardCharsets.UTF_8).get(0))
                .isEqualTo("\uFEFFTable,Page,\"Row dimension\",Row,\"Column dimension\",Column,Value,Unit,Mark,"
                        + "Reason,\"± (95%)\"");
    }

    @Test
    void everyCellParsesBackToItsPublishedValueWithTotalsLabelled() throws IOException {
        List<Map<String, String>> lines = export();

        assertThat(lines).hasSize(20 + 5);
        assertThat(line(lines, TestPackets.BY_COUNTRY, "Brazil", "Debt bondage"))
                .containsEntry("Value", "12").containsEntry("Mark", "published").containsEntry("Unit", "suppliers")
                .containsEntry("Row dimension", "country").containsEntry("Column dimension", "indicator");
        assertThat(line(lines, TestPackets.BY_COUNTRY, "Total", "Total")).containsEntry("Value", "80");
        assertThat(line(lines, TestPackets.BY_COUNTRY, "Việt Nam", "ประเทศไทย")).containsEntry("Value", "6");
        assertThat(line(lines, TestPackets.BY_RISK, "Medium", "Suppliers")).containsEntry("Value", "17.5")
                .containsEntry("Column dimension", "");
    }

    @Test
    void suppressedCellsHaveNoValueButTheirMarkAndReason() throws IOException {
        List<Map<String, String>> lines = export();

        assertThat(line(lines, TestPackets.BY_COUNTRY, "Brazil", "'@x")).containsEntry("Value", "")
                .containsEntry("Mark", "suppressed-small").containsEntry("Reason", TestPackets.SMALL);
        assertThat(line(lines, TestPackets.BY_COUNTRY, "'" + TestPackets.HOSTILE_ROW, "Debt bondage"))
                .containsEntry("Value", "").containsEntry("Mark", "suppressed-dominance")
                .containsEntry("Reason", TestPackets.DOMINANCE);
        assertThat(line(lines, TestPackets.BY_COUNTRY, "'" + TestPackets.HOSTILE_ROW, "'@x"))
                .containsEntry("Mark", "suppressed-complementary").containsEntry("Reason", TestPackets.COMPLEMENTARY);
    }

    @Test
    void labelsASpreadsheetWouldRunAreNeutralisedButNegativeCountsStayNumbers() throws IOException {
        List<Map<String, String>> lines = export();
        String text = Files.readString(folder.resolve("report.csv"), StandardCharsets.UTF_8);

        assertThat(lines).noneMatch(line -> line.get("Row").equals(TestPackets.HOSTILE_ROW)
                || line.get("Column").equals(TestPackets.HOSTILE_COLUMN));
        assertThat(lines).filteredOn(line -> line.get("Row").startsWith("'=cmd")).hasSize(5);
        Map<String, String> high = line(lines, TestPackets.BY_RISK, "High", "Suppliers");
        assertThat(Double.parseDouble(high.get("Value"))).isEqualTo(-2.0);
        assertThat(text).contains(",-2,suppliers,").doesNotContain("'-2");
    }

    @Test
    void noisyTablesCarryTheirHalfWidthAndOthersNone() throws IOException {
        List<Map<String, String>> lines = export();

        assertThat(line(lines, TestPackets.BY_RISK, "Total", "Suppliers")).containsEntry("± (95%)", "5.5");
        assertThat(line(lines, TestPackets.BY_COUNTRY, "Brazil", "Debt bondage")).containsEntry("± (95%)", "");
    }
}
