package org.ddworkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricLevel;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated benchmark survey: 20 columns of worker-level pack metrics, the same rows as XLSX and CSV. */
class BenchmarkSurveyTest {
    @TempDir
    Path temp;

    @Test
    void everyMetricColumnIsAWorkerLevelMetricOfTheBundledPackHeadedByItsLabel() {
        List<Metric> metrics = new JsonPackReader().bundled().pack().metrics();
        assertThat(BenchmarkSurvey.COLUMNS).isEqualTo(20);
        for (String[] column : BenchmarkSurvey.METRICS) {
            assertThat(metrics).filteredOn(m -> m.id().equals(column[0])).singleElement().satisfies(metric -> {
                assertThat(metric.label()).isEqualTo(column[1]);
                assertThat(metric.level()).isEqualTo(MetricLevel.WORKER);
            });
        }
    }

    @Test
    void workbookAndCsvHoldTheSameRows() throws Exception {
        BenchmarkSurvey survey = new BenchmarkSurvey();
        Path xlsx = temp.resolve("s.xlsx");
        Path csv = temp.resolve("s.csv");
        survey.writeXlsx(xlsx, 30, ProgressListener.NONE, new CancellationToken());
        survey.writeCsv(csv, 30, ProgressListener.NONE, new CancellationToken());

        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(31);
        assertThat(lines.get(0)).startsWith("Supplier,\"Respondent ID\",\"Interview date\",");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet(BenchmarkSurvey.SHEET);
            assertThat(sheet.getLastRowNum()).isEqualTo(30);
            Row first = sheet.getRow(1);
            DataFormatter formatter = new DataFormatter();
            assertThat(formatter.formatCellValue(first.getCell(1))).isEqualTo("BR-0000001");
            assertThat(formatter.formatCellValue(first.getCell(2))).isEqualTo("2025-01-07");
            assertThat(lines.get(1)).contains("BR-0000001", "2025-01-07");
        }
    }
}
