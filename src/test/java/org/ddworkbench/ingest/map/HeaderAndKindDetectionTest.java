package org.ddworkbench.ingest.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ddworkbench.ingest.map.TestWorkbooks.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.ddworkbench.ingest.FileRejectedException;
import org.ddworkbench.ingest.read.RawCell;
import org.ddworkbench.ingest.template.TemplateWriter;
import org.ddworkbench.model.DataSourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Header rows below titles and merged cells, fuzzy and Thai headers, unknown columns, and kinds it cannot tell. */
class HeaderAndKindDetectionTest {
    @TempDir
    Path dir;

    private MappingSuggestion suggest(Path file, DataSourceKind kind) throws Exception {
        return PreviewFiles.suggester().suggest(PreviewFiles.preview(file), PreviewFiles.pack(), kind, List.of());
    }

    private static String target(MappingSuggestion suggestion, String sheet, String letters) {
        return column(suggestion, sheet, letters).target();
    }

    private static ColumnMapping column(MappingSuggestion suggestion, String sheet, String letters) {
        return suggestion.profile().sheets().stream().filter(s -> s.sheet().equals(sheet)).findFirst().orElseThrow()
                .columns().stream().filter(c -> RawCell.columnLetters(c.column()).equals(letters)).findFirst().orElseThrow();
    }

    private static SheetMapping sheet(MappingSuggestion suggestion, String name) {
        return suggestion.profile().sheets().stream().filter(s -> s.sheet().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void findsTheHeaderRowBelowATitleAndABlankRow() throws Exception {
        Path file = new TestWorkbooks().sheet("Survey",
                row("Worker voice survey, March 2025"),
                null,
                row("Worker ID", "Interview date", "Age", "Total weekly hours"),
                row("W-1", "2025-03-01", 31, 60),
                row("W-2", "2025-03-01", 24, 48)).write(dir.resolve("survey.xlsx"));

        MappingSuggestion suggestion = suggest(file, null);

        assertThat(suggestion.profile().kind()).isEqualTo(DataSourceKind.WORKER_SURVEY);
        assertThat(sheet(suggestion, "Survey").headerRow()).isEqualTo(3);
        assertThat(target(suggestion, "Survey", "A")).isEqualTo("RESPONDENT_KEY");
        assertThat(target(suggestion, "Survey", "D")).isEqualTo("total_weekly_hours");
    }

    @Test
    void aMergedTitleDirectlyAboveTheHeaderIsNotPartOfTheHeaders() throws Exception {
        Path file = new TestWorkbooks().sheet("Responses",
                row("Factory worker survey 2025"),
                row("Respondent ID", "Age", "Gender", "Regular weekly hours"),
                row("R1", 30, "Female", 48),
                row("R2", 41, "Male", 48))
                .merge("Responses", "A1:D1")
                .write(dir.resolve("merged-title.xlsx"));

        MappingSuggestion suggestion = suggest(file, DataSourceKind.WORKER_SURVEY);

        SheetMapping responses = sheet(suggestion, "Responses");
        assertThat(responses.headerRow()).isEqualTo(2);
        assertThat(responses.columns()).extracting(ColumnMapping::header)
                .containsExactly("Respondent ID", "Age", "Gender", "Regular weekly hours");
        assertThat(responses.columns()).extracting(ColumnMapping::target)
                .containsExactly("RESPONDENT_KEY", "age_years", "gender", "regular_weekly_hours");
    }

    @Test
    void aMergedParentHeaderIsCombinedWithTheSubHeadersBelowIt() throws Exception {
        Path file = new TestWorkbooks().sheet("Responses",
                row("Respondent ID", "Weekly hours", null, "Wages"),
                row(null, "Regular", "Total", "Delay (days)"),
                row("R1", 48, 66, 12),
                row("R2", 48, 50, 0))
                .merge("Responses", "A1:A2")
                .merge("Responses", "B1:C1")
                .write(dir.resolve("merged-parents.xlsx"));

        MappingSuggestion suggestion = suggest(file, DataSourceKind.WORKER_SURVEY);

        SheetMapping responses = sheet(suggestion, "Responses");
        assertThat(responses.headerRow()).isEqualTo(2);
        assertThat(responses.columns()).extracting(ColumnMapping::header)
                .containsExactly("Respondent ID", "Weekly hours Regular", "Weekly hours Total", "Delay (days)");
        assertThat(responses.columns()).extracting(ColumnMapping::target)
                .containsExactly("RESPONDENT_KEY", "regular_weekly_hours", "total_weekly_hours", "wage_delay_days");
    }

    @Test
    void headerTextsCombineAParentMergedOverTwoSubHeaders() throws Exception {
        Path file = new TestWorkbooks().sheet("Audit",
                row("Site", "Wages", null),
                row(null, "Paid on time", "Delay (days)"),
                row("Mill A", "Yes", 0))
                .merge("Audit", "B1:C1")
                .merge("Audit", "A1:A2")
                .write(dir.resolve("wages.xlsx"));

        FilePreview.SheetPreview sheet = PreviewFiles.preview(file).sheets().get(0);

        assertThat(HeaderRows.texts(sheet, 2)).containsExactlyEntriesOf(
                new TreeMap<>(Map.of(0, "Site", 1, "Wages Paid on time", 2, "Wages Delay (days)")));
    }

    @Test
    void mapsAbbreviatedAndMisspelledHeaders() throws Exception {
        Path file = new TestWorkbooks().sheet("Responses",
                row("Worker no.", "Total wkly hrs", "Regular hrs per wk", "Contract in own langauge"),
                row("W1", 62, 48, "yes"),
                row("W2", 50, 48, "no")).write(dir.resolve("fuzzy.xlsx"));

        MappingSuggestion suggestion = suggest(file, DataSourceKind.WORKER_SURVEY);

        assertThat(target(suggestion, "Responses", "B")).isEqualTo("total_weekly_hours");
        assertThat(target(suggestion, "Responses", "C")).isEqualTo("regular_weekly_hours");
        assertThat(target(suggestion, "Responses", "D")).isEqualTo("contract_in_own_language");
        assertThat(suggestion.confidence().get("Responses!B")).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void mapsThaiHeadersThroughThePacksThaiSynonyms() throws Exception {
        Path file = new TestWorkbooks().sheet("แบบสำรวจ",
                row("รหัสผู้ตอบ", "อายุ", "เพศ", "ชั่วโมงทำงานรวมต่อสัปดาห์", "ค่าจ้างล่าช้า (วัน)", "ถูกข่มขู่"),
                row("T1", 28, "หญิง", 60, 0, "ไม่"),
                row("T2", 35, "ชาย", 72, 14, "ใช่")).write(dir.resolve("thai.xlsx"));

        MappingSuggestion suggestion = suggest(file, DataSourceKind.WORKER_SURVEY);

        assertThat(sheet(suggestion, "แบบสำรวจ").columns()).extracting(ColumnMapping::target).containsExactly(
                "RESPONDENT_KEY", "age_years", "gender", "total_weekly_hours", "wage_delay_days", "threatened");
    }

    @Test
    void thaiSupplierListHeadersMapToFields() throws Exception {
        Path file = new TestWorkbooks().sheet("ซัพพลายเออร์",
                row("ชื่อบริษัท", "ประเทศ", "ที่อยู่"),
                row("บริษัท ทดสอบ จำกัด", "ไทย", "กรุงเทพฯ")).write(dir.resolve("thai-suppliers.xlsx"));

        MappingSuggestion suggestion = suggest(file, DataSourceKind.SUPPLIER_LIST);

        assertThat(suggestion.profile().sheets().get(0).columns()).extracting(ColumnMapping::target)
                .containsExactly("SUPPLIER_NAME", "SUPPLIER_COUNTRY", "SUPPLIER_ADDRESS");
    }

    @Test
    void unknownColumnsAreIgnoredAndListed() throws Exception {
        Path file = new TestWorkbooks().sheet("Suppliers",
                row("Supplier name", "Country", "Favourite colour", "Tier", ""),
                row("Acme Ltd", "TH", "blue", 1, null, "stray")).write(dir.resolve("suppliers.xlsx"));

        MappingSuggestion suggestion = suggest(file, null);

        assertThat(suggestion.profile().kind()).isEqualTo(DataSourceKind.SUPPLIER_LIST);
        assertThat(column(suggestion, "Suppliers", "C").kind()).isEqualTo(TargetKind.IGNORE);
        assertThat(column(suggestion, "Suppliers", "F").kind()).isEqualTo(TargetKind.IGNORE);
        assertThat(suggestion.unmapped()).containsExactly("Suppliers!C 'Favourite colour'", "Suppliers!F (no header)");
        assertThat(suggestion.confidence()).doesNotContainKeys("Suppliers!C", "Suppliers!F");
    }

    @Test
    void aUnitOverAnotherPeriodIsKeptAtFactorOneWithLowConfidence() throws Exception {
        Path file = new TestWorkbooks().sheet("Responses",
                row("Worker ID", "Total hours (per day)", "Regular weekly hours"),
                row("W1", 10, 48)).write(dir.resolve("per-day.xlsx"));

        MappingSuggestion suggestion = suggest(file, DataSourceKind.WORKER_SURVEY);

        ColumnMapping perDay = column(suggestion, "Responses", "B");
        assertThat(perDay.target()).isEqualTo("total_weekly_hours");
        assertThat(perDay.unitFactor()).isEqualTo(1.0);
        assertThat(suggestion.confidence().get("Responses!B")).isLessThan(0.8);
        assertThat(suggestion.confidence().get("Responses!C")).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void aLongSheetWithoutHeaderRowStartsWithItsFirstQuestion() throws Exception {
        Path file = new TestWorkbooks().sheet("Self assessment",
                row("Company name", "Acme Seafood Ltd"),
                row("Wages paid on time", "Yes"),
                row("Maximum weekly hours", 60),
                row("Is all overtime voluntary?", "Yes")).write(dir.resolve("answers.xlsx"));

        MappingSuggestion suggestion = suggest(file, DataSourceKind.SAQ);

        SheetMapping sheet = sheet(suggestion, "Self assessment");
        assertThat(sheet.layout()).isEqualTo(Layout.LONG);
        assertThat(sheet.headerRow()).isZero();
        assertThat(sheet.rows()).extracting(RowMapping::target).containsExactly("SUPPLIER_NAME", "wages_paid_on_time",
                "max_weekly_hours_declared", "overtime_voluntary");
    }

    @Test
    void aWideQuestionnaireWithARowPerSupplierIsAnSaqTable() throws Exception {
        Path file = new TestWorkbooks().sheet("SAQ export",
                row("Supplier", "Country", "Maximum weekly hours", "Wages paid on time", "Deposits required",
                        "Grievance mechanism exists"),
                row("Acme", "TH", 60, "Yes", "No", "Yes"),
                row("Bolt", "VN", 58, "Yes", "No", "No")).write(dir.resolve("wide.xlsx"));

        MappingSuggestion suggestion = suggest(file, null);

        assertThat(suggestion.profile().kind()).isEqualTo(DataSourceKind.SAQ);
        SheetMapping sheet = sheet(suggestion, "SAQ export");
        assertThat(sheet.role()).isEqualTo(SheetRole.ANSWERS);
        assertThat(sheet.layout()).isEqualTo(Layout.TABLE);
        assertThat(sheet.columns()).extracting(ColumnMapping::target).containsExactly("SUPPLIER_NAME",
                "SUPPLIER_COUNTRY", "max_weekly_hours_declared", "wages_paid_on_time", "deposits_required",
                "grievance_mechanism_exists");
    }

    @Test
    void refusesToGuessBetweenAnSaqAndAnAudit() throws Exception {
        Path file = new TestWorkbooks().sheet("Sheet1",
                row("Wages paid on time", "Yes"),
                row("Deposits required", "No"),
                row("Weekly rest day", "Yes"),
                row("Grievance mechanism exists", "Yes"),
                row("Worker representation", "No"),
                row("Resignation notice in days", 30)).write(dir.resolve("answers.xlsx"));

        assertThatThrownBy(() -> suggest(file, null))
                .isInstanceOf(FileRejectedException.class)
                .hasMessageContaining("answers.xlsx")
                .hasMessageContaining("self-assessment questionnaire (SAQ)")
                .hasMessageContaining("audit workbook")
                .hasMessageContaining("Choose the kind of file");
    }

    @Test
    void theChosenKindSettlesWhatTheHeadersLeaveOpen() throws Exception {
        Path file = new TestWorkbooks().sheet("Sheet1",
                row("Wages paid on time", "Yes"),
                row("Deposits required", "No"),
                row("Weekly rest day", "Yes")).write(dir.resolve("answers.xlsx"));

        MappingSuggestion suggestion = suggest(file, DataSourceKind.AUDIT);

        assertThat(suggestion.profile().kind()).isEqualTo(DataSourceKind.AUDIT);
        assertThat(sheet(suggestion, "Sheet1").role()).isEqualTo(SheetRole.AUDIT);
    }

    @Test
    void refusesAFileWithNothingItRecognises() throws Exception {
        Path file = dir.resolve("shopping.csv");
        Files.writeString(file, "Item,Colour,Price\napples,red,3\npears,green,4\n");

        assertThatThrownBy(() -> suggest(file, null))
                .isInstanceOf(FileRejectedException.class)
                .hasMessageContaining("shopping.csv")
                .hasMessageContaining("could not recognise");
    }

    @Test
    void aTemplateMarkerOfAnUnknownFormatIsRefused() throws Exception {
        Path file = new TestWorkbooks()
                .sheet("Responses", row("Respondent key", "Age"), row("R1", 30))
                .sheet(TemplateWriter.MARKER_SHEET, row("format", "ddw-template/7"),
                        row("kind", "worker_survey"))
                .hidden(TemplateWriter.MARKER_SHEET,
                        SheetVisibility.VERY_HIDDEN)
                .write(dir.resolve("future.xlsx"));

        assertThatThrownBy(() -> suggest(file, null))
                .isInstanceOf(FileRejectedException.class)
                .hasMessageContaining("future.xlsx looks like a workbench template")
                .hasMessageContaining("ddw-template/7");
    }
}
