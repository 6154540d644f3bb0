package org.ddworkbench.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BareParseTest {
    @TempDir
    Path dir;

    private final BareParse bare = new BareParse();

    @Test
    void countsTheCellsOfAnXlsxFile() throws Exception {
        Path file = dir.resolve("survey.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Workers");
            for (int r = 0; r < 100; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 5; c++) {
                    row.createCell(c).setCellValue(r * 10 + c);
                }
            }
            workbook.write(out);
        }

        assertThat(bare.countCells(file)).isEqualTo(500);
    }

    @Test
    void countsTheNonEmptyCellsOfACsvFile() throws Exception {
        Path file = Files.writeString(dir.resolve("rows.csv"), "a;b;c\n1;;3\n\"x;y\";z;\n");

        assertThat(bare.countCells(file)).isEqualTo(7);
    }
}
