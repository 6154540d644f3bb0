package org.ddworkbench.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ddworkbench.ingest.FileRejectedException;
import org.ddworkbench.task.CancellationToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile, broken and foreign files, each refused with a message that says what and where. */
class XlsxHostileFilesTest {
    @TempDir
    Path dir;

    private final XlsxStreamReader reader = new XlsxStreamReader();
    private final TableReaders readers = new TableReaders();

    private void read(Path file) throws FileRejectedException {
        reader.read(file, ReadOptions.ALL_ROWS, new RecordingHandler(), new CancellationToken());
    }

    private static String inlineCell(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    @Test
    void refusesZipBomb() throws Exception {
        Path file = HandMadeXlsx.withSheet(out -> {
            out.write(HandMadeXlsx.XML_HEAD + "<worksheet xmlns=\"" + HandMadeXlsx.MAIN_NS + "\"><sheetData>");
            char[] spaces = new char[1 << 20];
            Arrays.fill(spaces, ' ');
            for (int i = 0; i < 40; i++) {
                out.write(spaces);
            }
            out.write("</sheetData></worksheet>");
        }).writeTo(dir.resolve("bomb.xlsx"));
        assertThat(Files.size(file)).isLessThan(200_000);

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(FileRejectedException.class)
                .hasMessageStartingWith("bomb.xlsx, sheet \"Data\": ")
                .hasMessageContaining("refused as a probable zip bomb");
    }

    @Test
    void refusesXmlBomb() throws Exception {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        Path file = HandMadeXlsx.withSheet(HandMadeXlsx.text(HandMadeXlsx.XML_HEAD
                + "<!DOCTYPE worksheet [" + entities + "]>"
                + "<worksheet xmlns=\"" + HandMadeXlsx.MAIN_NS + "\"><sheetData><row r=\"1\">"
                + inlineCell("A1", "&lol9;") + "</row></sheetData></worksheet>"))
                .writeTo(dir.resolve("laughs.xlsx"));

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(FileRejectedException.class)
                .hasMessage("laughs.xlsx, sheet \"Data\": the XML inside the file declares a document type "
                        + "(DOCTYPE), which workbooks never contain; refused as a possible XML bomb or "
                        + "external-entity attack");
    }

    @Test
    void refusesXmlBombInTheStyleSheet() throws Exception {
        Path file = HandMadeXlsx.withSheet(HandMadeXlsx.sheet(""))
                .part("xl/styles.xml", HandMadeXlsx.text(HandMadeXlsx.XML_HEAD
                        + "<!DOCTYPE styleSheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                        + "<styleSheet xmlns=\"" + HandMadeXlsx.MAIN_NS + "\"><numFmts count=\"1\">"
                        + "<numFmt numFmtId=\"164\" formatCode=\"&b;\"/></numFmts></styleSheet>"))
                .part("xl/_rels/workbook.xml.rels", HandMadeXlsx.text(HandMadeXlsx.XML_HEAD
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                        + "</Relationships>"))
                .writeTo(dir.resolve("styles.xlsx"));

        assertThatThrownBy(() -> read(file)).hasMessageStartingWith(
                "styles.xlsx: the XML inside the file declares a document type (DOCTYPE)");
    }

    @Test
    void refusesExternalEntityWithoutReadingTheTarget() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-PASSPORT-123");
        Path file = HandMadeXlsx.withSheet(HandMadeXlsx.text(HandMadeXlsx.XML_HEAD
                + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<worksheet xmlns=\"" + HandMadeXlsx.MAIN_NS + "\"><sheetData><row r=\"1\">"
                + inlineCell("A1", "&xxe;") + "</row></sheetData></worksheet>"))
                .writeTo(dir.resolve("xxe.xlsx"));
        RecordingHandler handler = new RecordingHandler();

        assertThatThrownBy(() -> reader.read(file, ReadOptions.ALL_ROWS, handler, new CancellationToken()))
                .isInstanceOf(FileRejectedException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET");
        assertThat(handler.rowsOf("Data")).isEmpty();
    }

    @Test
    void refusesTruncatedWorkbook() throws Exception {
        Path whole = dir.resolve("whole.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(whole)) {
            workbook.createSheet("Data").createRow(0).createCell(0).setCellValue("x");
            workbook.write(out);
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(FileRejectedException.class)
                .hasMessage("cut.xlsx: the file is damaged or truncated (it is not a readable zip package)");
        assertThatThrownBy(() -> readers.forFile(file))
                .hasMessage("cut.xlsx: the file is damaged or truncated (it is not a readable zip package)");
    }

    @Test
    void refusesRandomBytesWhateverTheirName() throws Exception {
        byte[] junk = new byte[20_000];
        new Random(42).nextBytes(junk);
        junk[0] = 7;
        Path xlsx = Files.write(dir.resolve("junk.xlsx"), junk);

        assertThatThrownBy(() -> read(xlsx)).hasMessage("junk.xlsx: this is not an Excel workbook (.xlsx)");
        assertThatThrownBy(() -> readers.forFile(xlsx))
                .isInstanceOf(FileRejectedException.class)
                .hasMessage("junk.xlsx: not a spreadsheet or CSV file (it holds binary data)");
    }

    @Test
    void refusesWordDocumentInAZip() throws Exception {
        Path file = HandMadeXlsx.rawZip(dir.resolve("report.xlsx"),
                "[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");

        assertThatThrownBy(() -> readers.forFile(file))
                .hasMessage("report.xlsx: this is a Word document (.docx), not a spreadsheet");
        assertThatThrownBy(() -> read(file))
                .hasMessage("report.xlsx: this is a Word document (.docx), not a spreadsheet");
    }

    @Test
    void refusesOpenDocumentSpreadsheetAndZipWithoutWorkbook() throws Exception {
        Path ods = HandMadeXlsx.rawZip(dir.resolve("list.ods"),
                "mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>");
        Path photos = HandMadeXlsx.rawZip(dir.resolve("photos.zip"), "a.txt", "hello");

        assertThatThrownBy(() -> readers.forFile(ods)).hasMessage("list.ods: OpenDocument spreadsheets (.ods) "
                + "are not supported: open it and save it as an Excel workbook (.xlsx)");
        assertThatThrownBy(() -> readers.forFile(photos))
                .hasMessage("photos.zip: this zip file holds no Excel workbook (no xl/workbook.xml)");
    }

    @Test
    void refusesStrictOpenXml() throws Exception {
        String strictNs = "http://purl.oclc.org/ooxml/spreadsheetml/main";
        Path file = HandMadeXlsx.withSheet(HandMadeXlsx.text(HandMadeXlsx.XML_HEAD
                        + "<worksheet xmlns=\"" + strictNs + "\"><sheetData/></worksheet>"))
                .part("_rels/.rels", HandMadeXlsx.text(HandMadeXlsx.XML_HEAD
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "</Relationships>"))
                .part("xl/workbook.xml", HandMadeXlsx.text(HandMadeXlsx.XML_HEAD
                        + "<workbook xmlns=\"" + strictNs + "\" xmlns:r=\"http://purl.oclc.org/ooxml/officeDocument/relationships\">"
                        + "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"))
                .writeTo(dir.resolve("strict.xlsx"));

        String message = "strict.xlsx: Strict Open XML workbooks are not supported: "
                + "save it in Excel as \"Excel Workbook (.xlsx)\"";
        assertThatThrownBy(() -> readers.forFile(file)).hasMessage(message);
        assertThatThrownBy(() -> read(file)).hasMessage(message);
    }

    @Test
    void refusesCellOverExcelsLengthLimitNamingItsPlace() throws Exception {
        String huge = "x".repeat(40_000);
        Path inline = HandMadeXlsx.withSheet(HandMadeXlsx.sheet(
                "<row r=\"12\">" + inlineCell("A12", "ok") + inlineCell("F12", huge) + "</row>"))
                .writeTo(dir.resolve("survey.xlsx"));
        Path shared = HandMadeXlsx.withSheet(HandMadeXlsx.sheet("<row r=\"3\"><c r=\"B3\" t=\"s\"><v>0</v></c></row>"))
                .withSharedStrings(huge)
                .writeTo(dir.resolve("shared.xlsx"));

        assertThatThrownBy(() -> read(inline)).isInstanceOf(FileRejectedException.class).hasMessage(
                "survey.xlsx, sheet \"Data\", row 12, column F: cell holds more than 32,767 characters "
                        + "(Excel's limit for one cell)");
        assertThatThrownBy(() -> read(shared)).hasMessageStartingWith(
                "shared.xlsx, sheet \"Data\", row 3, column B: cell holds more than 32,767 characters");
    }

    @Test
    void refusesRowsColumnsAndDimensionsBeyondExcelsGrid() throws Exception {
        Path rows = HandMadeXlsx.withSheet(HandMadeXlsx.sheet("<row r=\"1048577\">" + inlineCell("A1048577", "x") + "</row>"))
                .writeTo(dir.resolve("rows.xlsx"));
        Path columns = HandMadeXlsx.withSheet(HandMadeXlsx.sheet("<row r=\"2\">" + inlineCell("XFE2", "x") + "</row>"))
                .writeTo(dir.resolve("columns.xlsx"));
        Path dimension = HandMadeXlsx.withSheet(HandMadeXlsx.text(HandMadeXlsx.XML_HEAD
                        + "<worksheet xmlns=\"" + HandMadeXlsx.MAIN_NS + "\"><dimension ref=\"A1:ZZZZ99999999\"/>"
                        + "<sheetData/></worksheet>"))
                .writeTo(dir.resolve("dimension.xlsx"));

        assertThatThrownBy(() -> read(rows))
                .hasMessage("rows.xlsx, sheet \"Data\": the sheet has rows beyond Excel's limit of 1,048,576 rows");
        assertThatThrownBy(() -> read(columns)).hasMessage(
                "columns.xlsx, sheet \"Data\", row 2: a cell lies beyond Excel's limit of 16,384 columns (XFD)");
        assertThatThrownBy(() -> read(dimension)).hasMessageStartingWith(
                "dimension.xlsx, sheet \"Data\": the sheet claims a size beyond Excel's limits");
    }

    @Test
    void refusesPackageWithDuplicatePartNames() throws Exception {
        Path file = HandMadeXlsx.withSheet(HandMadeXlsx.sheet(""))
                .part("xl/worksheets/Sheet1.xml", HandMadeXlsx.sheet(""))
                .writeTo(dir.resolve("twice.xlsx"));

        assertThatThrownBy(() -> read(file)).hasMessage("twice.xlsx: the package holds the part "
                + "\"xl/worksheets/Sheet1.xml\" twice; refused as damaged or tampered with");
    }

    @Test
    void refusesUnreadableNumbersAndMissingSharedStrings() throws Exception {
        Path number = HandMadeXlsx.withSheet(HandMadeXlsx.sheet("<row r=\"5\"><c r=\"D5\"><v>12abc</v></c></row>"))
                .writeTo(dir.resolve("number.xlsx"));
        Path missing = HandMadeXlsx.withSheet(HandMadeXlsx.sheet("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>9</v></c></row>"))
                .withSharedStrings("only one")
                .writeTo(dir.resolve("missing.xlsx"));

        assertThatThrownBy(() -> read(number)).hasMessage(
                "number.xlsx, sheet \"Data\", row 5, column D: the cell holds an unreadable number; the file is damaged");
        assertThatThrownBy(() -> read(missing)).hasMessageStartingWith(
                "missing.xlsx, sheet \"Data\", row 2, column A: the cell refers to a shared text that does not exist");
    }

    @Test
    void refusesSheetThatPointsOutsideTheFile() throws Exception {
        Path file = HandMadeXlsx.withSheet(HandMadeXlsx.sheet(""))
                .part("xl/_rels/workbook.xml.rels", HandMadeXlsx.text(HandMadeXlsx.XML_HEAD
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                        + "Target=\"file:///etc/passwd\" TargetMode=\"External\"/></Relationships>"))
                .writeTo(dir.resolve("outside.xlsx"));

        assertThatThrownBy(() -> read(file)).hasMessage("outside.xlsx, sheet \"Data\": the sheet points to a "
                + "location outside the file; refused as damaged or malicious");
    }
}
