package org.ddworkbench.ingest.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ddworkbench.ingest.map.Layout;
import org.ddworkbench.ingest.map.PreviewFiles;
import org.ddworkbench.ingest.map.TemplateMarker;
import org.ddworkbench.ingest.value.IdentifierColumns;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.pack.LoadedPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Templates are real workbooks with instructions, locked headers, input rules and a very hidden marker, and no author. */
class PoiTemplateWriterTest {
    @TempDir
    Path dir;

    private final LoadedPack pack = PreviewFiles.loadedPack();
    private final PoiTemplateWriter writer = new PoiTemplateWriter(new TemplateLayouts());

    private XSSFWorkbook written(DataSourceKind kind, Locale locale) throws Exception {
        Path file = dir.resolve(kind.name().toLowerCase(Locale.ROOT) + ".xlsx");
        writer.write(pack, kind, locale, file);
        assertThat(Files.list(dir)).containsExactly(file);
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    private static List<String> headers(XSSFSheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    /** The validation covering a cell, or null. */
    private static XSSFDataValidation validationAt(XSSFSheet sheet, int row, int column) {
        for (XSSFDataValidation validation : sheet.getDataValidations()) {
            for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
                if (range.isInRange(row, column)) {
                    return validation;
                }
            }
        }
        return null;
    }

    private static int rowOf(XSSFSheet sheet, String question) {
        for (Row row : sheet) {
            if (question.equals(row.getCell(0).getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no question " + question);
    }

    @ParameterizedTest
    @EnumSource(DataSourceKind.class)
    void everyTemplateHasInstructionsLockedHeadersAHiddenMarkerAndNoAuthor(DataSourceKind kind) throws Exception {
        try (XSSFWorkbook workbook = written(kind, Locale.ENGLISH)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Instructions");
            assertThat(workbook.getActiveSheetIndex()).isZero();
            String instructions = workbook.getSheetAt(0).getRow(2).getCell(0).getStringCellValue() + " "
                    + rowsText(workbook.getSheetAt(0));
            assertThat(instructions).contains("does not ask for names, phone numbers");

            int marker = workbook.getSheetIndex(TemplateWriter.MARKER_SHEET);
            assertThat(workbook.getSheetVisibility(marker)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            XSSFSheet markerSheet = workbook.getSheetAt(marker);
            assertThat(markerValue(markerSheet, TemplateMarker.KEY_FORMAT)).isEqualTo("ddw-template/1");
            assertThat(markerValue(markerSheet, TemplateMarker.KEY_KIND)).isEqualTo(TemplateMarker.kindName(kind));
            assertThat(markerValue(markerSheet, TemplateMarker.KEY_PACK_ID)).isEqualTo("forced-labour-core");
            assertThat(markerValue(markerSheet, TemplateMarker.KEY_PACK_VERSION)).isEqualTo(pack.pack().version());
            assertThat(markerValue(markerSheet, TemplateMarker.KEY_PACK_FINGERPRINT)).isEqualTo(pack.fingerprint());
            assertThat(markerValue(markerSheet, TemplateMarker.KEY_TEMPLATE_VERSION)).isEqualTo(TemplateLayouts.VERSION);

            TemplateLayout layout = new TemplateLayouts().layout(pack.pack(), kind);
            for (TemplateLayout.Sheet expected : layout.sheets()) {
                XSSFSheet sheet = workbook.getSheet(expected.name());
                assertThat(workbook.getSheetVisibility(workbook.getSheetIndex(sheet))).isEqualTo(SheetVisibility.VISIBLE);
                assertThat(sheet.isSheetLocked()).as("protected " + expected.name()).isTrue();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                for (Cell header : sheet.getRow(0)) {
                    assertThat(header.getCellStyle().getLocked()).isTrue();
                }
                assertThat(sheet.getColumnWidth(0)).isGreaterThan(10 * 256);
                assertThat(sheet.getDataValidations()).isNotEmpty();
                if (expected.layout() == Layout.TABLE) {
                    assertThat(headers(sheet)).containsExactlyElementsOf(
                            expected.columns().stream().map(TemplateLayout.Column::header).toList());
                    for (int c = 0; c < expected.columns().size(); c++) {
                        assertThat(sheet.getColumnStyle(c).getLocked()).as("input column " + c).isFalse();
                    }
                } else {
                    assertThat(headers(sheet)).containsExactly("Question", "Answer", "Unit", "Help");
                    for (int r = 1; r <= expected.rows().size(); r++) {
                        assertThat(sheet.getRow(r).getCell(1).getCellStyle().getLocked()).isFalse();
                        assertThat(sheet.getRow(r).getCell(0).getCellStyle().getLocked()).isTrue();
                    }
                }
            }

            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getCreator()).isNullOrEmpty();
            assertThat(core.getLastModifiedByUser()).isNullOrEmpty();
            assertThat(core.getCreated()).isEqualTo(Date.from(PoiTemplateWriter.FIXED_CREATED));
            assertThat(workbook.getProperties().getExtendedProperties().getUnderlyingProperties().getCompany())
                    .isNullOrEmpty();
        }
    }

    @Test
    void theSaqOffersDropDownsRangesAndDatesForItsAnswers() throws Exception {
        try (XSSFWorkbook workbook = written(DataSourceKind.SAQ, Locale.ENGLISH)) {
            XSSFSheet saq = workbook.getSheet("SAQ");
            assertThat(saq.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Supplier name");

            XSSFDataValidation yesNo = validationAt(saq, rowOf(saq, "Wages paid on time"), 1);
            assertThat(yesNo.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            assertThat(yesNo.getValidationConstraint().getExplicitListValues()).containsExactly("yes", "no");
            assertThat(yesNo.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);

            int hours = rowOf(saq, "Total weekly hours");
            XSSFDataValidation range = validationAt(saq, hours, 1);
            assertThat(range.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
            assertThat(range.getValidationConstraint().getFormula1()).isEqualTo("0");
            assertThat(range.getValidationConstraint().getFormula2()).isEqualTo("168");
            assertThat(saq.getRow(hours).getCell(2).getStringCellValue()).isEqualTo("hours-per-week");
            assertThat(saq.getRow(hours).getCell(3).getStringCellValue()).isEqualTo("Hours worked in a week, overtime included.");

            XSSFDataValidation workers = validationAt(saq, rowOf(saq, "Total workers"), 1);
            assertThat(workers.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);

            XSSFDataValidation completed = validationAt(saq, rowOf(saq, "Date completed"), 1);
            assertThat(completed.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DATE);
            assertThat(validationAt(saq, rowOf(saq, "Supplier name"), 1)).isNull();
        }
    }

    @Test
    void dropDownListsShowTheirArrowInExcel() throws Exception {
        Path file = dir.resolve("saq.xlsx");
        writer.write(pack, DataSourceKind.SAQ, Locale.ENGLISH, file);

        String sheetXml;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            // Sheet 2 is "SAQ", after the instructions.
            sheetXml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet2.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
        // In the file format showDropDown="1" hides the arrow, despite its name.
        assertThat(sheetXml).contains("type=\"list\"").doesNotContain("showDropDown=\"1\"")
                .doesNotContain("showDropDown=\"true\"");
    }

    @Test
    void theWorkerSurveyAsksForAKeyNeverForIdentifiersAndPutsUnitsInHeaders() throws Exception {
        try (XSSFWorkbook workbook = written(DataSourceKind.WORKER_SURVEY, Locale.ENGLISH)) {
            List<String> headers = headers(workbook.getSheet("Responses"));

            assertThat(headers.subList(0, 3)).containsExactly("Respondent key", "Supplier name", "Interview date");
            assertThat(headers).contains("Total weekly hours (hours-per-week)", "Age in years (years)", "Gender");
            IdentifierColumns identifiers = new IdentifierColumns();
            assertThat(headers).noneMatch(identifiers::looksLikeIdentifier);
            assertThat(String.join(" ", headers).toLowerCase(Locale.ROOT)).doesNotContain("phone", "passport", "e-mail");
            XSSFDataValidation gender = validationAt(workbook.getSheet("Responses"), 1, headers.indexOf("Gender"));
            assertThat(gender.getValidationConstraint().getExplicitListValues())
                    .containsExactly("woman", "man", "another", "prefer-not-to-say");
            assertThat(validationAt(workbook.getSheet("Responses"), PoiTemplateWriter.TABLE_INPUT_ROWS,
                    headers.indexOf("Gender"))).isNotNull();
        }
    }

    @Test
    void auditFindingsOfferEverySchemesSeverityLevels() throws Exception {
        try (XSSFWorkbook workbook = written(DataSourceKind.AUDIT, Locale.ENGLISH)) {
            assertThat(workbook.getSheetName(1)).isEqualTo("Audit");
            XSSFSheet findings = workbook.getSheet("Findings");
            assertThat(headers(findings)).containsExactly("Clause", "Description", "Severity", "Status");

            assertThat(validationAt(findings, 1, 2).getValidationConstraint().getExplicitListValues())
                    .contains("priority", "major", "minor", "risk of non-conformance", "non-compliance", "observation",
                            "good example", "zero tolerance", "A", "E");
            assertThat(validationAt(findings, 1, 3).getValidationConstraint().getExplicitListValues())
                    .containsExactly("open", "progress made", "closed");
            XSSFSheet audit = workbook.getSheet("Audit");
            assertThat(validationAt(audit, rowOf(audit, "Scheme"), 1).getValidationConstraint().getExplicitListValues())
                    .containsExactly("rba", "smeta", "amfori-bsci", "sa8000");
            assertThat(validationAt(audit, rowOf(audit, "Audit type"), 1).getValidationConstraint()
                    .getExplicitListValues()).containsExactly("announced", "semi-announced", "unannounced");
            XSSFSheet observations = workbook.getSheet("Observations");
            rowOf(observations, "Housing locked at night");
        }
    }

    @Test
    void theGrievanceLogAsksForACaseReferenceCategoryAndDescription() throws Exception {
        try (XSSFWorkbook workbook = written(DataSourceKind.GRIEVANCE, Locale.ENGLISH)) {
            List<String> headers = headers(workbook.getSheet("Cases"));

            assertThat(headers.subList(0, 6)).containsExactly("Case reference", "Supplier name", "Date received",
                    "Channel", "Grievance category", "Description");
            assertThat(headers).contains("Grievance resolved", "Days grievance open (days)");
        }
    }

    @Test
    void thaiInstructionsAreUsedForAThaiLocaleWhileHeadersStayEnglish() throws Exception {
        try (XSSFWorkbook workbook = written(DataSourceKind.SAQ, Locale.forLanguageTag("th-TH"))) {
            assertThat(rowsText(workbook.getSheetAt(0))).contains("แบบฟอร์มนี้ไม่ขอชื่อ");
            assertThat(headers(workbook.getSheet("SAQ"))).containsExactly("Question", "Answer", "Unit", "Help");
            assertThat(workbook.getSheet("SAQ").getRow(2).getCell(3).getStringCellValue())
                    .isEqualTo("ชื่อประเทศหรือรหัส ISO เช่น Thailand หรือ TH");
        }
    }

    private static String markerValue(XSSFSheet marker, String key) {
        for (Row row : marker) {
            if (key.equals(row.getCell(0).getStringCellValue())) {
                return row.getCell(1).getStringCellValue();
            }
        }
        return null;
    }

    private static String rowsText(XSSFSheet sheet) {
        List<String> lines = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> lines.add(cell.getStringCellValue())));
        return lines.stream().collect(Collectors.joining("\n"));
    }
}
