package org.ddworkbench.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.ddworkbench.ingest.FileRejectedException;
import org.ddworkbench.task.CancellationToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsReaderTest {
    @TempDir
    Path dir;

    private final XlsReader reader = new XlsReader();

    private RecordingHandler read(Path file, ReadOptions options) throws FileRejectedException {
        RecordingHandler handler = new RecordingHandler();
        reader.read(file, options, handler, new CancellationToken());
        return handler;
    }

    private Path write(String name, HSSFWorkbook workbook) throws IOException {
        Path file = dir.resolve(name);
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    private static CellStyle format(HSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    @Test
    void readsValuesDatesFormulasAndMergedRegions() throws Exception {
        HSSFWorkbook workbook = new HSSFWorkbook();
        Sheet sheet = workbook.createSheet("Audit");
        Row row = sheet.createRow(0);
        row.createCell(0).setCellValue("  Site A ");
        row.createCell(1).setCellValue(12.5);
        row.createCell(2).setCellValue(false);
        row.createCell(3).setCellErrorValue(FormulaError.DIV0.getCode());
        row.createCell(4).setCellValue(LocalDate.of(2023, 11, 30));
        row.getCell(4).setCellStyle(format(workbook, "dd/mm/yyyy"));
        row.createCell(5).setCellValue(LocalDateTime.of(2023, 11, 30, 8, 15, 30));
        row.getCell(5).setCellStyle(format(workbook, "yyyy-mm-dd hh:mm:ss"));
        row.createCell(7).setCellValue(0.1 + 0.2);
        Row formulas = sheet.createRow(3);
        formulas.createCell(0).setCellFormula("B1*4");
        formulas.createCell(1).setCellFormula("\"in \"&\"words\"");
        formulas.createCell(2).setCellFormula("B1>1");
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        sheet.addMergedRegion(new CellRangeAddress(5, 6, 0, 1));

        RecordingHandler result = read(write("audit.xls", workbook), ReadOptions.ALL_ROWS);

        assertThat(result.rowsOf("Audit").get(1)).containsExactly(
                new RawCell(0, "Site A", CellKind.TEXT),
                new RawCell(1, "12.5", CellKind.NUMBER),
                new RawCell(2, "false", CellKind.BOOLEAN),
                new RawCell(3, "#DIV/0!", CellKind.ERROR),
                new RawCell(4, "2023-11-30", CellKind.DATE),
                new RawCell(5, "2023-11-30T08:15:30", CellKind.DATETIME),
                new RawCell(7, "0.3", CellKind.NUMBER));
        assertThat(result.rowsOf("Audit").get(4)).containsExactly(
                new RawCell(0, "50", CellKind.NUMBER),
                new RawCell(1, "in words", CellKind.TEXT),
                new RawCell(2, "true", CellKind.BOOLEAN));
        assertThat(result.merged.get("Audit")).containsExactly(new CellRange(6, 7, 0, 1));
    }

    @Test
    void honoursThe1904DateSystem() throws Exception {
        HSSFWorkbook workbook = new HSSFWorkbook();
        ((DateWindow1904Record) workbook.getInternalWorkbook().findFirstRecordBySid(DateWindow1904Record.sid))
                .setWindowing((short) 1);
        Row row = workbook.createSheet("Dates").createRow(0);
        row.createCell(0).setCellValue(1);
        row.getCell(0).setCellStyle(format(workbook, "yyyy-mm-dd"));

        assertThat(read(write("mac.xls", workbook), ReadOptions.ALL_ROWS).cell("Dates", 1, 0))
                .isEqualTo(new RawCell(0, "1904-01-02", CellKind.DATE));
    }

    @Test
    void offersHiddenSheetsAsHiddenAndStopsAtTheRowLimit() throws Exception {
        HSSFWorkbook workbook = new HSSFWorkbook();
        for (String name : List.of("Shown", "Hidden", "VeryHidden")) {
            Sheet sheet = workbook.createSheet(name);
            for (int r = 0; r < 10; r++) {
                sheet.createRow(r).createCell(1).setCellValue(name + r);
            }
        }
        workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
        workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);

        RecordingHandler result = read(write("hidden.xls", workbook), ReadOptions.preview(4));

        assertThat(result.offered).containsExactly(new SheetInfo(0, "Shown", false),
                new SheetInfo(1, "Hidden", true), new SheetInfo(2, "VeryHidden", true));
        assertThat(result.rowsOf("Shown")).containsOnlyKeys(1, 2, 3, 4);
        assertThat(result.rowsOf("VeryHidden")).containsOnlyKeys(1, 2, 3, 4);
    }

    @Test
    void cancellationStopsTheRead() throws Exception {
        HSSFWorkbook workbook = new HSSFWorkbook();
        Sheet sheet = workbook.createSheet("Data");
        for (int r = 0; r < 100; r++) {
            sheet.createRow(r).createCell(0).setCellValue(r);
        }
        Path file = write("cancel.xls", workbook);
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
    void readsEncryptedWorkbookWithTheRightPasswordOnly() throws Exception {
        HSSFWorkbook workbook = new HSSFWorkbook();
        workbook.createSheet("Secret").createRow(0).createCell(0).setCellValue("inside");
        Path file;
        Biff8EncryptionKey.setCurrentUserPassword("pass word");
        try {
            file = write("locked.xls", workbook);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertThat(read(file, ReadOptions.ALL_ROWS.withPassword("pass word".toCharArray())).cell("Secret", 1, 0))
                .isEqualTo(new RawCell(0, "inside", CellKind.TEXT));
        assertThatThrownBy(() -> read(file, ReadOptions.ALL_ROWS.withPassword("nope".toCharArray())))
                .isInstanceOf(FileRejectedException.class)
                .hasMessage("wrong workbook password for locked.xls");
        assertThatThrownBy(() -> read(file, ReadOptions.ALL_ROWS))
                .hasMessage("locked.xls is password-protected: give the workbook password");
        assertThat(Biff8EncryptionKey.getCurrentUserPassword()).isNull();
    }

    @Test
    void refusesExcel95Workbooks() throws Exception {
        // A BIFF5 BOF record (version 0x0500, workbook globals) and an EOF record.
        byte[] biff5 = {0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00, 0x00, 0x00, (byte) 0xCD, 0x07,
                0x0A, 0x00, 0x00, 0x00};
        Path book = writeCompoundFile("old.xls", "Book", biff5);
        Path workbookEntry = writeCompoundFile("old2.xls", "Workbook", biff5);

        String message = "old.xls: Excel 95 and older workbooks are not supported: save it as .xlsx";
        assertThatThrownBy(() -> read(book, ReadOptions.ALL_ROWS)).isInstanceOf(FileRejectedException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> new TableReaders().forFile(book)).hasMessage(message);
        assertThatThrownBy(() -> read(workbookEntry, ReadOptions.ALL_ROWS))
                .hasMessage("old2.xls: Excel 95 and older workbooks are not supported: save it as .xlsx");
    }

    @Test
    void refusesDamagedFiles() throws Exception {
        Path file = Files.write(dir.resolve("broken.xls"), "not an office file at all".getBytes());

        assertThatThrownBy(() -> read(file, ReadOptions.ALL_ROWS))
                .hasMessage("broken.xls: the file is damaged or not a valid Excel 97-2003 workbook");
    }

    private Path writeCompoundFile(String name, String entry, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(content), entry);
            fs.writeFilesystem(out);
        }
        return file;
    }
}
