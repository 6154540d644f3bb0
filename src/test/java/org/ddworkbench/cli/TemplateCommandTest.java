package org.ddworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ddworkbench.cli.CliHarness.Result;
import org.ddworkbench.ingest.map.Field;
import org.ddworkbench.ingest.map.Layout;
import org.ddworkbench.ingest.map.TargetKind;
import org.ddworkbench.ingest.template.TemplateLayout;
import org.ddworkbench.ingest.template.TemplateLayouts;
import org.ddworkbench.ingest.template.TemplateWriter;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.SupplierEvidence;
import org.ddworkbench.model.SupplierSummary;
import org.ddworkbench.store.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code template}: a blank workbook per kind that, once filled in, imports without a mapping and keeps its values. */
class TemplateCommandTest {
    private static final String PASSPHRASE = ImportCommandTest.PASSPHRASE;
    private static final String SUPPLIER = "Harbour Star Foods Co., Ltd.";
    private static final LocalDate DATE = LocalDate.of(2025, 3, 14);
    private static final Map<String, DataSourceKind> KINDS = Map.of("saq", DataSourceKind.SAQ, "audit",
            DataSourceKind.AUDIT, "workers", DataSourceKind.WORKER_SURVEY, "grievances", DataSourceKind.GRIEVANCE,
            "suppliers", DataSourceKind.SUPPLIER_LIST);

    @TempDir
    Path temp;

    private CliHarness cli;
    private Path project;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(temp.resolve("home"));
        project = temp.resolve("project");
        assertThat(cli.run(PASSPHRASE, "init", project.toString()).exitCode()).isZero();
    }

    @Test
    void writesATemplateForEveryKindWithItsHiddenMarker() throws Exception {
        for (Map.Entry<String, DataSourceKind> kind : KINDS.entrySet()) {
            Path out = temp.resolve("blank-" + kind.getKey() + ".xlsx");
            Result result = cli.run(null, "template", "--kind", kind.getKey(), "--out", out.toString());
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out()).contains("forced-labour-core", out.toString());
            try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                Sheet marker = workbook.getSheet(TemplateWriter.MARKER_SHEET);
                assertThat(marker).as(kind.getKey()).isNotNull();
                assertThat(workbook.isSheetVeryHidden(workbook.getSheetIndex(marker))).isTrue();
            }
        }
    }

    @Test
    void theProjectsPackIsUsedWithItsPassphraseAndAnExistingFileIsNeverOverwritten() throws Exception {
        Path out = temp.resolve("saq.xlsx");
        Result result = cli.run(PASSPHRASE, "template", "--kind", "saq", "--out", out.toString(), "--project",
                project.toString(), "--lang", "th");
        assertThat(result.exitCode()).as(result.err()).isZero();

        Result again = cli.run(PASSPHRASE, "template", "--kind", "saq", "--out", out.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).startsWith("ddw: ").contains("already exists");

        assertThat(cli.run(null, "template", "--kind", "saq", "--out", temp.resolve("x.xlsx").toString(), "--project",
                project.toString(), "--pack", "p.json").exitCode()).isEqualTo(2);
        assertThat(cli.run(null, "template", "--kind", "saq", "--out", temp.resolve("y.xlsx").toString(), "--lang",
                "fr").exitCode()).isEqualTo(2);
    }

    @Test
    void filledTemplatesOfEveryKindImportWithoutAMapping() throws Exception {
        for (Map.Entry<String, DataSourceKind> kind : KINDS.entrySet()) {
            Path out = temp.resolve("filled-" + kind.getKey() + ".xlsx");
            assertThat(cli.run(null, "template", "--kind", kind.getKey(), "--out", out.toString()).exitCode()).isZero();
            fill(out, kind.getValue());

            Result imported = cli.run(PASSPHRASE, "import", project.toString(), out.toString());
            assertThat(imported.exitCode()).as(kind.getKey() + ": " + imported.err()).isZero();
            assertThat(imported.out()).as(kind.getKey()).contains("mapping: template", "0 problems");
        }
    }

    @Test
    void aFilledQuestionnaireKeepsEveryValueAsEntered() throws Exception {
        Path out = temp.resolve("saq.xlsx");
        assertThat(cli.run(null, "template", "--kind", "saq", "--out", out.toString()).exitCode()).isZero();
        Map<String, Object> entered = fill(out, DataSourceKind.SAQ);

        Result imported = cli.run(PASSPHRASE, "import", project.toString(), out.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        try (Project opened = cli.app.projects().open(project, PASSPHRASE.toCharArray())) {
            SupplierSummary supplier = cli.app.imports().suppliers(opened).stream()
                    .filter(s -> s.name().equals(SUPPLIER)).findFirst().orElseThrow();
            assertThat(supplier.country()).isEqualTo("TH");
            assertThat(supplier.tier()).isEqualTo(1);
            Map<String, String> stored = new LinkedHashMap<>();
            for (SupplierEvidence evidence : cli.app.imports().supplierEvidence(opened, supplier.id())) {
                if (evidence.metricId() != null) {
                    stored.put(evidence.metricId(), evidence.value());
                }
            }
            // Evidence shows a number with its unit, as the supplier pane does: "3 count", "7.5 percent".
            Map<String, String> expected = new LinkedHashMap<>();
            entered.forEach((metric, value) -> expected.put(metric, text(value) + unitOf(metric)));
            assertThat(stored).containsExactlyInAnyOrderEntriesOf(expected);
        }
    }

    /** Fills every input of the template with a valid value; returns metric id → value entered. */
    private Map<String, Object> fill(Path file, DataSourceKind kind) throws Exception {
        MetricPack pack = cli.app.packReader().bundled().pack();
        TemplateLayout layout = new TemplateLayouts().layout(pack, kind);
        Map<String, Object> entered = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            for (TemplateLayout.Sheet sheet : layout.sheets()) {
                Sheet target = workbook.getSheet(sheet.name());
                if (sheet.layout() == Layout.LONG) {
                    for (int i = 0; i < sheet.rows().size(); i++) {
                        TemplateLayout.Row row = sheet.rows().get(i);
                        Object value = value(row.kind(), row.target(), row.rule(), 0);
                        put(target, i + 1, 1, value, dateStyle);
                        if (row.kind() == TargetKind.METRIC) {
                            entered.put(row.target(), value);
                        }
                    }
                } else {
                    for (int r = 1; r <= 2; r++) {
                        for (int c = 0; c < sheet.columns().size(); c++) {
                            TemplateLayout.Column column = sheet.columns().get(c);
                            put(target, r, c, value(column.kind(), column.target(), column.rule(), r), dateStyle);
                        }
                    }
                }
            }
            try (OutputStream outStream = Files.newOutputStream(file)) {
                workbook.write(outStream);
            }
        }
        return entered;
    }

    private static Object value(TargetKind kind, String target, TemplateLayout.InputRule rule, int n) {
        if (kind == TargetKind.FIELD) {
            return switch (Field.valueOf(target)) {
                case SUPPLIER_NAME -> SUPPLIER;
                case SUPPLIER_COUNTRY -> "TH";
                case SUPPLIER_TIER -> 1.0;
                case OBSERVED_ON -> DATE;
                case RESPONDENT_KEY -> "R-" + n;
                case AUDIT_SCHEME -> "rba";
                case FINDING_SEVERITY -> "major";
                case FINDING_STATUS -> "open";
                default -> "Entered " + target.toLowerCase(Locale.ROOT);
            };
        }
        return switch (rule.type()) {
            case LIST -> rule.choices().get(n % rule.choices().size());
            case WHOLE -> Math.min(rule.max() == null ? 3.0 : rule.max(), Math.max(rule.min() == null ? 3.0 : rule.min(), 3.0));
            case DECIMAL -> Math.min(rule.max() == null ? 7.5 : rule.max(), Math.max(rule.min() == null ? 7.5 : rule.min(), 7.5));
            case DATE -> DATE;
            case ANY -> "Entered text";
        };
    }

    private static void put(Sheet sheet, int rowIndex, int column, Object value, CellStyle dateStyle) {
        Row row = sheet.getRow(rowIndex) != null ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
        Cell cell = row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
        if (value instanceof Double number) {
            cell.setCellValue(number);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private static String text(Object value) {
        if (value instanceof Double number && number == Math.rint(number)) {
            return Long.toString(number.longValue());
        }
        return value.toString();
    }

    private String unitOf(String metricId) {
        String unit = cli.app.packReader().bundled().pack().metrics().stream().filter(m -> m.id().equals(metricId))
                .findFirst().orElseThrow().unit();
        return unit == null || unit.isBlank() ? "" : " " + unit;
    }
}
