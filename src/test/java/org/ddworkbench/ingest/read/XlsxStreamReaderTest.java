package org.ddworkbench.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ddworkbench.ingest.FileRejectedException;
import org.ddworkbench.task.CancellationToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxStreamReaderTest {
    @TempDir
    Path dir;

    private final XlsxStreamReader reader = new XlsxStreamReader();

    private RecordingHandler read(Path file, ReadOptions options) throws FileRejectedException {
        RecordingHandler handler = new RecordingHandler();
        reader.read(file, options, handler, new CancellationToken());
        return handler;
    }

    private Path write(String name, XSSFWorkbook workbook) throws IOException {
        Path file = dir.resolve(name);
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    private static CellStyle dateStyle(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    @Test
    void readsEveryKindOfCellWithNormalisedText() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Data");
        Row row = sheet.createRow(1);
        row.createCell(0).setCellValue("  padded text  ");
        row.createCell(1).setCellValue(1234.5);
        row.createCell(2).setCellValue(0.1 + 0.2);
        row.createCell(3).setCellValue(1e20);
        row.createCell(4).setCellValue(1.5e-7);
        row.createCell(5).setCellValue(true);
        row.createCell(6).setCellErrorValue(FormulaError.NA.getCode());
        row.createCell(7).setCellValue("   ");
        row.createCell(9).setCellValue(-0.0);
        XSSFRichTextString rich = new XSSFRichTextString("Hello World");
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        rich.applyFont(0, 5, bold);
        row.createCell(10).setCellValue(rich);
        Row formulas = sheet.createRow(2);
        formulas.createCell(0).setCellValue(21);
        formulas.createCell(1).setCellFormula("A3*2");
        formulas.createCell(2).setCellFormula("CONCATENATE(\"ab\",\"cd\")");
        formulas.createCell(3).setCellFormula("A3>1");
        formulas.createCell(4).setCellFormula("A3/0");
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

        RecordingHandler result = read(write("kinds.xlsx", workbook), ReadOptions.ALL_ROWS);

        assertThat(result.rowsOf("Data").get(2)).containsExactly(
                new RawCell(0, "padded text", CellKind.TEXT),
                new RawCell(1, "1234.5", CellKind.NUMBER),
                new RawCell(2, "0.3", CellKind.NUMBER),
                new RawCell(3, "100000000000000000000", CellKind.NUMBER),
                new RawCell(4, "0.00000015", CellKind.NUMBER),
                new RawCell(5, "true", CellKind.BOOLEAN),
                new RawCell(6, "#N/A", CellKind.ERROR),
                new RawCell(9, "0", CellKind.NUMBER),
                new RawCell(10, "Hello World", CellKind.TEXT));
        assertThat(result.rowsOf("Data").get(3)).containsExactly(
                new RawCell(0, "21", CellKind.NUMBER),
                new RawCell(1, "42", CellKind.NUMBER),
                new RawCell(2, "abcd", CellKind.TEXT),
                new RawCell(3, "true", CellKind.BOOLEAN),
                new RawCell(4, "#DIV/0!", CellKind.ERROR));
        assertThat(result.rowsOf("Data")).doesNotContainKey(1);
    }

    @Test
    void readsInlineStringsAsWrittenByTheStreamingWriter() throws Exception {
        Path file = dir.resolve("inline.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Inline");
            sheet.createRow(0).createCell(2).setCellValue("Supplier name");
            workbook.write(out);
        }

        assertThat(Files.readAllBytes(file)).isNotEmpty();
        assertThat(read(file, ReadOptions.ALL_ROWS).cell("Inline", 1, 2))
                .isEqualTo(new RawCell(2, "Supplier name", CellKind.TEXT));
    }

    @Test
    void readsDatesByNumberFormatInBothDateSystems() throws Exception {
        for (boolean date1904 : new boolean[] {false, true}) {
            XSSFWorkbook workbook = new XSSFWorkbook();
            if (date1904) {
                var ct = workbook.getCTWorkbook();
                (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
            }
            Sheet sheet = workbook.createSheet("Dates");
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue(LocalDate.of(2024, 3, 1));
            row.getCell(0).setCellStyle(dateStyle(workbook, "d mmm yyyy"));
            row.createCell(1).setCellValue(LocalDateTime.of(2024, 3, 1, 14, 30));
            row.getCell(1).setCellStyle(dateStyle(workbook, "yyyy-mm-dd hh:mm"));
            row.createCell(2).setCellValue(45352);
            row.createCell(3).setCellValue(1);
            row.getCell(3).setCellStyle(dateStyle(workbook, "yyyy-mm-dd"));

            RecordingHandler result = read(write("dates-" + date1904 + ".xlsx", workbook), ReadOptions.ALL_ROWS);

            assertThat(result.rowsOf("Dates").get(1)).as("1904 system: %s", date1904).containsExactly(
                    new RawCell(0, "2024-03-01", CellKind.DATE),
                    new RawCell(1, "2024-03-01T14:30:00", CellKind.DATETIME),
                    new RawCell(2, "45352", CellKind.NUMBER),
                    new RawCell(3, date1904 ? "1904-01-02" : "1900-01-01", CellKind.DATE));
        }
    }

    @Test
    void offersHiddenAndVeryHiddenSheetsAsHidden() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("Visible").createRow(0).createCell(0).setCellValue("a");
        workbook.createSheet("Hidden").createRow(0).createCell(0).setCellValue("b");
        workbook.createSheet("Marker").createRow(0).createCell(0).setCellValue("c");
        workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
        workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);

        RecordingHandler result = new RecordingHandler(sheet -> !sheet.name().equals("Hidden"));
        reader.read(write("hidden.xlsx", workbook), ReadOptions.ALL_ROWS, result, new CancellationToken());

        assertThat(result.offered).containsExactly(
                new SheetInfo(0, "Visible", false), new SheetInfo(1, "Hidden", true), new SheetInfo(2, "Marker", true));
        assertThat(result.rows).containsOnlyKeys("Visible", "Marker");
        assertThat(result.ended).extracting(SheetInfo::name).containsExactly("Visible", "Marker");
    }

    @Test
    void reportsMergedRegions() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Merged");
        sheet.createRow(0).createCell(0).setCellValue("Wages");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
        sheet.addMergedRegion(new CellRangeAddress(3, 5, 1, 1));

        RecordingHandler result = read(write("merged.xlsx", workbook), ReadOptions.ALL_ROWS);

        assertThat(result.merged.get("Merged")).containsExactly(new CellRange(1, 1, 0, 2), new CellRange(4, 6, 1, 1));
    }

    @Test
    void previewStopsEachSheetAfterItsRowLimitYetKeepsMergedRegions() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        for (String name : List.of("First", "Second")) {
            Sheet sheet = workbook.createSheet(name);
            for (int r = 0; r < 500; r++) {
                sheet.createRow(r).createCell(0).setCellValue(name + r);
            }
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
        }

        RecordingHandler result = read(write("preview.xlsx", workbook), ReadOptions.preview(3));

        assertThat(result.rowsOf("First")).containsOnlyKeys(1, 2, 3);
        assertThat(result.rowsOf("Second")).containsOnlyKeys(1, 2, 3);
        assertThat(result.merged.get("First")).containsExactly(new CellRange(1, 1, 0, 3));
        assertThat(result.merged.get("Second")).containsExactly(new CellRange(1, 1, 0, 3));
    }

    @Test
    void cancellationStopsTheRead() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Data");
        for (int r = 0; r < 200; r++) {
            sheet.createRow(r).createCell(0).setCellValue(r);
        }
        Path file = write("cancel.xlsx", workbook);
        CancellationToken token = new CancellationToken();
        RecordingHandler handler = new RecordingHandler() {
            @Override
            public void row(int rowNumber, List<RawCell> cells) {
                super.row(rowNumber, cells);
                token.cancel();
            }
        };

        assertThatThrownBy(() -> reader.read(file, ReadOptions.ALL_ROWS, handler, token))
                .isInstanceOf(CancellationException.class);
        assertThat(handler.rowsOf("Data")).hasSize(1);
    }

    @Test
    void handlerFailuresReachTheCallerUnchanged() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("Data").createRow(0).createCell(0).setCellValue("x");
        Path file = write("boom.xlsx", workbook);
        IllegalArgumentException boom = new IllegalArgumentException("boom");
        RowHandler failing = new RecordingHandler() {
            @Override
            public void row(int rowNumber, List<RawCell> cells) {
                throw boom;
            }
        };

        assertThatThrownBy(() -> reader.read(file, ReadOptions.ALL_ROWS, failing, new CancellationToken()))
                .isSameAs(boom);
    }

    @Test
    void readsEncryptedWorkbookWithTheRightPasswordOnly() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("Secret").createRow(0).createCell(0).setCellValue("inside");
        Path plain = write("plain.xlsx", workbook);
        Path encrypted = dir.resolve("survey.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("right horse");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }

        RecordingHandler result = read(encrypted, ReadOptions.ALL_ROWS.withPassword("right horse".toCharArray()));
        assertThat(result.cell("Secret", 1, 0)).isEqualTo(new RawCell(0, "inside", CellKind.TEXT));

        assertThatThrownBy(() -> read(encrypted, ReadOptions.ALL_ROWS.withPassword("wrong".toCharArray())))
                .isInstanceOf(FileRejectedException.class)
                .hasMessage("wrong workbook password for survey.xlsx");
        assertThatThrownBy(() -> read(encrypted, ReadOptions.ALL_ROWS))
                .isInstanceOf(FileRejectedException.class)
                .hasMessage("survey.xlsx is password-protected: give the workbook password");
        assertThat(new TableReaders().detect(encrypted)).isEqualTo(FileFormat.XLSX);
    }

    @Test
    void streamsAMillionEmptyRowsAndDeliversOnlyTheRealOnes() throws Exception {
        Path file = HandMadeXlsx.withSheet(out -> {
            out.write(HandMadeXlsx.XML_HEAD + "<worksheet xmlns=\"" + HandMadeXlsx.MAIN_NS + "\"><sheetData>");
            out.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>header</t></is></c></row>");
            for (int r = 2; r <= 1_000_001; r++) {
                out.write("<row r=\"" + r + "\"/>");
            }
            out.write("<row r=\"1000002\"><c r=\"A1000002\"><v>7</v></c></row>");
            out.write("</sheetData></worksheet>");
        }).fast().writeTo(dir.resolve("empty-rows.xlsx"));

        RecordingHandler result = read(file, ReadOptions.ALL_ROWS);

        assertThat(result.rowsOf("Data")).containsOnlyKeys(1, 1_000_002);
        assertThat(result.cell("Data", 1_000_002, 0)).isEqualTo(new RawCell(0, "7", CellKind.NUMBER));
    }

    @Test
    void readsSharedStringsAndSortsCellsWrittenOutOfOrder() throws Exception {
        Path file = HandMadeXlsx.withSheet(HandMadeXlsx.sheet(
                "<row r=\"4\"><c r=\"C4\" t=\"s\"><v>1</v></c><c r=\"A4\" t=\"s\"><v>0</v></c>"
                        + "<c t=\"inlineStr\"><is><r><t>Ru</t></r><r><t>ns</t></r><rPh><t>phonetic</t></rPh></is></c></row>"))
                .withSharedStrings("Thailand", "Bangkok")
                .writeTo(dir.resolve("shared.xlsx"));

        RecordingHandler result = read(file, ReadOptions.ALL_ROWS);

        assertThat(result.rowsOf("Data").get(4)).containsExactly(
                new RawCell(0, "Thailand", CellKind.TEXT),
                new RawCell(1, "Runs", CellKind.TEXT),
                new RawCell(2, "Bangkok", CellKind.TEXT));
    }
}
