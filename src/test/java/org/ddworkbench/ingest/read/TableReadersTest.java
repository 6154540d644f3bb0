package org.ddworkbench.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ddworkbench.ingest.FileRejectedException;
import org.ddworkbench.task.CancellationToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableReadersTest {
    @TempDir
    Path dir;

    private final TableReaders readers = new TableReaders();

    private Path workbook(String name, Workbook workbook) throws Exception {
        Path file = dir.resolve(name);
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Data").createRow(0).createCell(0).setCellValue("hello");
            workbook.write(out);
        }
        return file;
    }

    @Test
    void picksTheReaderByContentNotByName() throws Exception {
        Path xlsxNamedCsv = workbook("export.csv", new XSSFWorkbook());
        Path xlsNamedXlsx = workbook("old.xlsx", new HSSFWorkbook());
        Path csvNamedXls = Files.writeString(dir.resolve("list.xls"), "a,b\n1,2\n");

        assertThat(readers.detect(xlsxNamedCsv)).isEqualTo(FileFormat.XLSX);
        assertThat(readers.detect(xlsNamedXlsx)).isEqualTo(FileFormat.XLS);
        assertThat(readers.detect(csvNamedXls)).isEqualTo(FileFormat.CSV);
        assertThat(readers.forFile(xlsxNamedCsv)).isInstanceOf(XlsxStreamReader.class);
        assertThat(readers.forFile(xlsNamedXlsx)).isInstanceOf(XlsReader.class);
        assertThat(readers.forFile(csvNamedXls)).isInstanceOf(CsvReader.class);

        RecordingHandler handler = new RecordingHandler();
        readers.forFile(xlsNamedXlsx).read(xlsNamedXlsx, ReadOptions.ALL_ROWS, handler, new CancellationToken());
        assertThat(handler.cell("Data", 1, 0)).isEqualTo(new RawCell(0, "hello", CellKind.TEXT));
    }

    @Test
    void namesWhatOtherFilesAre() throws Exception {
        Path pdf = Files.write(dir.resolve("audit.xlsx"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        Path html = Files.writeString(dir.resolve("report.xls"), "<html><body><table><tr><td>1</td></tr></table></body></html>");
        Path biff4 = Files.write(dir.resolve("ancient.xls"), new byte[] {0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00});

        assertThatThrownBy(() -> readers.forFile(pdf)).isInstanceOf(FileRejectedException.class)
                .hasMessage("audit.xlsx: this is a PDF document, not a spreadsheet or CSV file");
        assertThatThrownBy(() -> readers.forFile(html)).hasMessageStartingWith("report.xls: this is a web page (HTML)");
        assertThatThrownBy(() -> readers.forFile(biff4))
                .hasMessage("ancient.xls: Excel 95 and older workbooks are not supported: save it as .xlsx");
    }

    @Test
    void refusalsNameTheFileButNotItsFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Private Folder"));
        Path empty = Files.write(folder.resolve("blank.csv"), new byte[0]);

        assertThatThrownBy(() -> readers.forFile(empty))
                .hasMessage("blank.csv: the file is empty")
                .hasMessageNotContaining("Private Folder");
    }
}
