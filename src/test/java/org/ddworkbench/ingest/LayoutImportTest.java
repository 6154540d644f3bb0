package org.ddworkbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.ingest.ImportTestSupport.field;
import static org.ddworkbench.ingest.ImportTestSupport.metric;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ddworkbench.ingest.map.Field;
import org.ddworkbench.ingest.map.Layout;
import org.ddworkbench.ingest.map.SheetMapping;
import org.ddworkbench.ingest.map.SheetRole;
import org.ddworkbench.ingest.map.TargetKind;
import org.ddworkbench.ingest.read.FileFormat;
import org.ddworkbench.ingest.template.PoiTemplateWriter;
import org.ddworkbench.ingest.template.TemplateLayout;
import org.ddworkbench.ingest.template.TemplateLayouts;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.SupplierSummary;
import org.ddworkbench.store.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A filled-in template imports exactly what was written; a wide questionnaire in an Excel 97 workbook imports a row per supplier. */
class LayoutImportTest {
    private final ImportTestSupport support = new ImportTestSupport(ImportComponents.standard());

    @Test
    void aFilledSaqTemplateImportsExactlyTheValuesWritten(@TempDir Path dir) throws Exception {
        try (Project project = support.create(dir.resolve("project"))) {
            Path template = dir.resolve("saq-template.xlsx");
            new PoiTemplateWriter(new TemplateLayouts()).write(project.pack(), DataSourceKind.SAQ, Locale.ENGLISH,
                    template);
            TemplateLayout.Sheet layout = new TemplateLayouts().layout(project.pack().pack(), DataSourceKind.SAQ)
                    .sheets().get(0);
            Map<String, Object> written = new HashMap<>();
            Path filled = dir.resolve("saq-filled.xlsx");
            try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                Sheet sheet = workbook.getSheet(layout.name());
                for (Row row : sheet) {
                    Cell question = row.getCell(0);
                    if (row.getRowNum() == 0 || question == null) {
                        continue;
                    }
                    TemplateLayout.Row entry = layout.rows().stream()
                            .filter(r -> r.question().equals(question.getStringCellValue())).findFirst().orElse(null);
                    if (entry != null) {
                        fill(row.createCell(1), entry, project.pack().pack().metric(String.valueOf(entry.target()))
                                .orElse(null), written);
                    }
                }
                try (OutputStream out = Files.newOutputStream(filled)) {
                    workbook.write(out);
                }
            }

            assertThat(written).hasSizeGreaterThan(10);
            ImportPreview preview = support.preview(project, filled, ImportOptions.DEFAULTS);
            assertThat(preview.mapping().source()).isEqualTo("template");
            assertThat(preview.kind()).isEqualTo(DataSourceKind.SAQ);
            assertThat(preview.problems()).isEmpty();
            support.service.commit(project, preview, ImportOptions.DEFAULTS, org.ddworkbench.task.ProgressListener.NONE,
                    new org.ddworkbench.task.CancellationToken());

            SupplierSummary supplier = support.service.suppliers(project).get(0);
            assertThat(supplier.name()).isEqualTo("Siam Canvas Works");
            assertThat(supplier.country()).isEqualTo("TH");
            assertThat(supplier.tier()).isEqualTo(2);
            Map<String, Object> stored = project.inTransaction(c -> {
                Map<String, Object> values = new HashMap<>();
                try (PreparedStatement s = c.prepareStatement("SELECT metric_id, num_value, text_value, observed_on"
                        + " FROM observation"); ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        values.put(rs.getString(1), rs.getObject(2) != null ? (Object) rs.getDouble(2) : rs.getString(3));
                        assertThat(rs.getObject(4, LocalDate.class)).isEqualTo(LocalDate.of(2025, 3, 14));
                    }
                }
                return values;
            });
            assertThat(stored).isEqualTo(written);
        }
    }

    @Test
    void aWideQuestionnaireInAnOldExcelWorkbookImportsARowPerSupplier(@TempDir Path dir) throws Exception {
        Path xls = dir.resolve("partner-saq.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            Sheet sheet = workbook.createSheet("Answers");
            sheet.createRow(0).createCell(0).setCellValue("Partner questionnaire export");
            Object[][] rows = {
                {"Factory", "Country", "Workers", "Fees charged?", "Regular hours"},
                {"Siam Canvas Works", "Thailand", 120.0, "Y", 48.0},
                {"Lanna Denim Co., Ltd.", "TH", 300.0, "N", 52.0},
                {"Hanoi Buttons JSC", "Vietnam", 80.0, "oui", 44.0}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            workbook.write(out);
        }
        var mapping = ImportTestSupport.profile(DataSourceKind.SAQ, new SheetMapping("Answers", SheetRole.ANSWERS,
                Layout.TABLE, 3, List.of(field(0, "Factory", Field.SUPPLIER_NAME),
                        field(1, "Country", Field.SUPPLIER_COUNTRY), metric(2, "Workers", "workers_total"),
                        new org.ddworkbench.ingest.map.ColumnMapping(3, "Fees charged?", TargetKind.METRIC,
                                "recruitment_fees_charged", Map.of("oui", "yes"), 1),
                        metric(4, "Regular hours", "regular_weekly_hours")), List.of()));
        try (Project project = support.create(dir.resolve("project"))) {
            ImportPreview preview = support.preview(project, xls, ImportTestSupport.options(DataSourceKind.SAQ, mapping));
            assertThat(preview.format()).isEqualTo(FileFormat.XLS);
            assertThat(preview.problems()).isEmpty();
            ImportResult result = support.service.commit(project, preview,
                    ImportTestSupport.options(DataSourceKind.SAQ, mapping), org.ddworkbench.task.ProgressListener.NONE,
                    new org.ddworkbench.task.CancellationToken());

            assertThat(result.rowsImported()).isEqualTo(3);
            assertThat(result.suppliersCreated()).isEqualTo(3);
            assertThat(result.valuesStored()).isEqualTo(9);
            assertThat(support.service.suppliers(project)).extracting(SupplierSummary::country)
                    .containsExactlyInAnyOrder("TH", "TH", "VN");
            long hanoi = support.service.suppliers(project).stream().filter(s -> s.name().startsWith("Hanoi"))
                    .findFirst().orElseThrow().id();
            assertThat(support.service.supplierEvidence(project, hanoi))
                    .extracting(e -> e.sheet() + "!" + e.column() + e.row() + "=" + e.value())
                    .containsExactlyInAnyOrder("Answers!C6=80 count", "Answers!D6=yes", "Answers!E6=44 hours-per-week");
        }
    }

    /** Writes a valid answer for {@code entry} and remembers what the store should then hold. */
    private static void fill(Cell cell, TemplateLayout.Row entry, Metric metric, Map<String, Object> written) {
        if (entry.kind() == TargetKind.FIELD) {
            switch (Field.valueOf(entry.target())) {
                case SUPPLIER_NAME -> cell.setCellValue("Siam Canvas Works");
                case SUPPLIER_COUNTRY -> cell.setCellValue("Thailand");
                case SUPPLIER_TIER -> cell.setCellValue(2);
                case OBSERVED_ON -> {
                    cell.setCellValue(LocalDate.of(2025, 3, 14));
                    var style = cell.getSheet().getWorkbook().createCellStyle();
                    style.setDataFormat(cell.getSheet().getWorkbook().createDataFormat().getFormat("yyyy-mm-dd"));
                    cell.setCellStyle(style);
                }
                default -> cell.setCellValue("Apparel");
            }
            return;
        }
        switch (metric.type()) {
            case BOOLEAN -> {
                cell.setCellValue("yes");
                written.put(metric.id(), 1.0);
            }
            case CHOICE -> {
                cell.setCellValue(metric.allowedValues().get(0));
                written.put(metric.id(), metric.allowedValues().get(0));
            }
            case DATE -> {
                cell.setCellValue("2024-12-01");
                written.put(metric.id(), "2024-12-01");
            }
            case TEXT -> {
                cell.setCellValue("Written policy");
                written.put(metric.id(), "Written policy");
            }
            default -> {
                double value = metric.max() != null ? Math.min(metric.max(), 42) : 42;
                cell.setCellValue(value);
                written.put(metric.id(), value);
            }
        }
    }
}
