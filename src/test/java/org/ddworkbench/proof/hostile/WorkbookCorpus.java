package org.ddworkbench.proof.hostile;

import static org.ddworkbench.ingest.read.HandMadeXlsx.MAIN_NS;
import static org.ddworkbench.ingest.read.HandMadeXlsx.XML_HEAD;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ddworkbench.ingest.read.HandMadeXlsx;
import org.ddworkbench.proof.hostile.CorpusEntry.FileMaker;
import org.ddworkbench.proof.hostile.CorpusEntry.Route;

/** The corpus's bad workbooks (.xlsx and .xls): bombs, entity attacks, broken zips and formats the reader refuses. */
final class WorkbookCorpus {
    /** Text that a file may try to pull in through an external entity; no message may ever show it. */
    static final String SECRET = "TOP-SECRET-PASSPORT-4711";
    private static final String HEADER = row(1, "Supplier Name", "Country");
    private static final String DOCTYPE = "declares a document type (DOCTYPE)";
    private static final String RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String SHEET_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

    private final List<CorpusEntry> entries = new ArrayList<>();

    private WorkbookCorpus() {
    }

    static List<CorpusEntry> entries() {
        WorkbookCorpus corpus = new WorkbookCorpus();
        corpus.bombs();
        corpus.entityAttacks();
        corpus.brokenZips();
        corpus.foreignFormats();
        corpus.oversized();
        return corpus.entries;
    }

    private void bombs() {
        add("zip bomb", "zip-bomb-sheet.xlsx", "probable zip bomb", file -> suppliers(out -> {
            out.write(XML_HEAD + "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + HEADER);
            char[] spaces = new char[1 << 20];
            Arrays.fill(spaces, ' ');
            for (int i = 0; i < 60; i++) {
                out.write(spaces);
            }
            out.write("</sheetData></worksheet>");
        }).writeTo(file));
        add("zip bomb", "zip-bomb-shared-strings.xlsx", "probable zip bomb", file -> sheet(HEADER)
                .withSharedStrings("x").part("xl/sharedStrings.xml", out -> {
                    out.write(XML_HEAD + "<sst xmlns=\"" + MAIN_NS + "\"><si><t>");
                    char[] letters = new char[1 << 20];
                    Arrays.fill(letters, 'x');
                    for (int i = 0; i < 30; i++) {
                        out.write(letters);
                    }
                    out.write("</t></si></sst>");
                }).writeTo(file));
        add("zip bomb", "zip-thousands-of-parts.xlsx", "internal parts", file -> {
            HandMadeXlsx xlsx = sheet(HEADER);
            for (int i = 0; i < 1_100; i++) {
                xlsx.part("xl/media/padding" + i + ".xml", HandMadeXlsx.text("<x/>"));
            }
            xlsx.writeTo(file);
        });
        String laughs = laughs("worksheet");
        add("XML bomb", "billion-laughs-sheet.xlsx", DOCTYPE, file -> suppliers(HandMadeXlsx.text(
                laughs + "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + HEADER
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>"
                        + "</sheetData></worksheet>")).writeTo(file));
        add("XML bomb", "billion-laughs-shared-strings.xlsx", DOCTYPE, file -> sheet(HEADER)
                .withSharedStrings("x").part("xl/sharedStrings.xml", HandMadeXlsx.text(laughs("sst")
                        + "<sst xmlns=\"" + MAIN_NS + "\"><si><t>&lol9;</t></si></sst>")).writeTo(file));
        add("XML bomb", "billion-laughs-workbook.xlsx", DOCTYPE, file -> sheet(HEADER).part("xl/workbook.xml",
                HandMadeXlsx.text(laughs("workbook") + workbookXml("&lol9;"))).writeTo(file));
        add("XML bomb", "billion-laughs-styles.xlsx", DOCTYPE, file -> withStyles(HandMadeXlsx.text(laughs("styleSheet")
                + "<styleSheet xmlns=\"" + MAIN_NS + "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"&lol9;\"/>"
                + "</numFmts></styleSheet>")).writeTo(file));
    }

    private void entityAttacks() {
        String cellWithEntity = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>";
        add("XXE", "xxe-external-entity-sheet.xlsx", DOCTYPE, file -> suppliers(HandMadeXlsx.text(
                externalEntity(file, "worksheet") + "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + HEADER
                        + cellWithEntity + "</sheetData></worksheet>")).writeTo(file));
        add("XXE", "xxe-parameter-entity-sheet.xlsx", DOCTYPE, file -> suppliers(HandMadeXlsx.text(
                parameterEntity(file, "worksheet") + "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + HEADER
                        + "</sheetData></worksheet>")).writeTo(file));
        add("XXE", "xxe-shared-strings.xlsx", DOCTYPE, file -> sheet(HEADER).withSharedStrings("x")
                .part("xl/sharedStrings.xml", HandMadeXlsx.text(externalEntity(file, "sst")
                        + "<sst xmlns=\"" + MAIN_NS + "\"><si><t>&xxe;</t></si></sst>")).writeTo(file));
        add("XXE", "xxe-workbook.xlsx", DOCTYPE, file -> sheet(HEADER).part("xl/workbook.xml",
                HandMadeXlsx.text(externalEntity(file, "workbook") + workbookXml("&xxe;"))).writeTo(file));
        add("XXE", "xxe-styles-parameter-entity.xlsx", DOCTYPE, file -> withStyles(HandMadeXlsx.text(
                parameterEntity(file, "styleSheet") + "<styleSheet xmlns=\"" + MAIN_NS + "\"/>")).writeTo(file));
        add("XXE", "xxe-content-types.xlsx", DOCTYPE, file -> sheet(HEADER).part("[Content_Types].xml",
                HandMadeXlsx.text(externalEntity(file, "Types")
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\""
                        + " ContentType=\"&xxe;\"/></Types>")).writeTo(file));
        add("XXE", "xxe-package-relationships.xlsx", "damaged or not a workbook", file -> sheet(HEADER).part("_rels/.rels",
                HandMadeXlsx.text(externalEntity(file, "Relationships") + "<Relationships xmlns=\"" + RELS_NS + "\">"
                        + "<Relationship Id=\"rId1\" Type=\"&xxe;\" Target=\"xl/workbook.xml\"/></Relationships>"))
                .writeTo(file));
        add("XXE", "xxe-workbook-relationships.xlsx", DOCTYPE, file -> sheet(HEADER).part("xl/_rels/workbook.xml.rels",
                HandMadeXlsx.text(parameterEntity(file, "Relationships") + "<Relationships xmlns=\"" + RELS_NS + "\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + SHEET_REL + "\" Target=\"worksheets/sheet1.xml\"/>"
                        + "</Relationships>")).writeTo(file));
        add("XXE", "sheet-outside-the-file.xlsx", "outside the file", file -> sheet(HEADER)
                .part("xl/_rels/workbook.xml.rels", HandMadeXlsx.text(XML_HEAD + "<Relationships xmlns=\"" + RELS_NS
                        + "\"><Relationship Id=\"rId1\" Type=\"" + SHEET_REL + "\" Target=\""
                        + secretFile(file).toUri() + "\" TargetMode=\"External\"/></Relationships>")).writeTo(file));
    }

    private void brokenZips() {
        add("corrupt zip", "truncated-half.xlsx", "damaged or truncated", file -> {
            byte[] whole = goodWorkbook("corpus");
            Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        });
        add("corrupt zip", "truncated-central-directory.xlsx", "damaged or truncated", file -> {
            byte[] whole = goodWorkbook("corpus");
            Files.write(file, Arrays.copyOf(whole, whole.length - 30));
        });
        add("corrupt zip", "zip-header-only.xlsx", "damaged or truncated", file -> Files.write(file,
                new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}));
        add("corrupt zip", "corrupt-compressed-sheet.xlsx", "damaged", file -> {
            byte[] bytes = goodWorkbook("corpus");
            int data = ZipBytes.dataOffset(bytes, "xl/worksheets/sheet1.xml");
            Arrays.fill(bytes, data, data + 40, (byte) 0xFF);
            Files.write(file, bytes);
        });
        add("corrupt zip", "duplicate-zip-entries.xlsx", "twice", file -> Files.write(file,
                ZipBytes.withDuplicateEntry(sheet(HEADER), "xl/worksheets/sheet1.xml", file)));
        add("corrupt zip", "duplicate-parts-differing-in-case.xlsx", "twice", file -> sheet(HEADER)
                .part("xl/worksheets/Sheet1.xml", HandMadeXlsx.sheet(HEADER)).writeTo(file));
    }

    private void foreignFormats() {
        add("Strict OOXML", "strict-open-xml.xlsx", "Strict Open XML", file -> strictWorkbook().writeTo(file));
        add("Excel 95", "excel-95-biff5.xls", "Excel 95", WorkbookCorpus::writeBiff5);
        add("Excel 95", "excel-4-biff4.xls", "Excel 95", file -> Files.write(file,
                new byte[] {0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0x0A, 0x00, 0x00, 0x00}));
        add("encrypted", "encrypted-agile-no-password.xlsx", "password",
                file -> writeEncrypted(file, EncryptionMode.agile));
        add("encrypted", "encrypted-standard-no-password.xlsx", "password",
                file -> writeEncrypted(file, EncryptionMode.standard));
        add("encrypted", "encrypted-xls-no-password.xls", "password", WorkbookCorpus::writeEncryptedXls);
        add("wrong type", "word-document-named.xlsx", "Word document", file -> HandMadeXlsx.rawZip(file,
                "[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>"));
    }

    private void oversized() {
        add("enormous cell", "enormous-inline-cell.xlsx", "32,767 characters", file -> sheet(HEADER
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + "y".repeat(40_000) + "</t></is></c></row>")
                .writeTo(file));
        add("enormous cell", "enormous-shared-string.xlsx", "32,767 characters", file -> sheet(HEADER
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>").withSharedStrings("z".repeat(40_000))
                .writeTo(file));
        add("grid", "row-beyond-excel.xlsx", "1,048,576 rows", file -> sheet(HEADER
                + "<row r=\"1048577\"><c r=\"A1048577\" t=\"inlineStr\"><is><t>x</t></is></c></row>").writeTo(file));
        add("grid", "column-beyond-xfd.xlsx", "16,384 columns", file -> sheet(HEADER
                + "<row r=\"2\"><c r=\"XFE2\" t=\"inlineStr\"><is><t>x</t></is></c></row>").writeTo(file));
        entries.add(new CorpusEntry("empty rows", "million-empty-rows.xlsx", Route.IMPORT_NO_DATA, "nothing to import",
                file -> suppliers(out -> {
                    out.write(XML_HEAD + "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + HEADER);
                    for (int r = 2; r <= 1_000_001; r++) {
                        out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"/></row>");
                    }
                    out.write("</sheetData></worksheet>");
                }).fast().writeTo(file)));
        add("XML", "deeply-nested-sheet.xlsx", "damaged", file -> suppliers(out -> {
            out.write(XML_HEAD + "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + HEADER + "<row r=\"2\">");
            Random random = new Random(17);
            for (int depth = 0; depth < 200_000; depth++) {
                out.write("<is x=\"" + Long.toHexString(random.nextLong()) + "\">");
            }
        }).writeTo(file));
    }

    private void add(String category, String name, String expected, FileMaker maker) {
        entries.add(new CorpusEntry(category, name, Route.IMPORT, expected, maker));
    }

    private static HandMadeXlsx sheet(String rows) {
        return suppliers(HandMadeXlsx.sheet(rows));
    }

    /** A package whose one sheet is named "Suppliers", as the project's supplier-list mapping expects. */
    private static HandMadeXlsx suppliers(HandMadeXlsx.PartWriter sheet) {
        return HandMadeXlsx.withSheet(sheet).part("xl/workbook.xml", HandMadeXlsx.text(XML_HEAD + workbookXml("Suppliers")));
    }

    private static String row(int number, String... texts) {
        StringBuilder xml = new StringBuilder("<row r=\"" + number + "\">");
        for (int c = 0; c < texts.length; c++) {
            xml.append("<c r=\"").append((char) ('A' + c)).append(number).append("\" t=\"inlineStr\"><is><t>")
                    .append(texts[c]).append("</t></is></c>");
        }
        return xml.append("</row>").toString();
    }

    /** Ten levels of ten-fold entity expansion: a billion "lol"s from a few hundred bytes. */
    private static String laughs(String root) {
        StringBuilder dtd = new StringBuilder(XML_HEAD + "<!DOCTYPE " + root + " [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return dtd.append("]>").toString();
    }

    private static String externalEntity(Path file, String root) throws IOException {
        return XML_HEAD + "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + secretFile(file).toUri() + "\">]>";
    }

    private static String parameterEntity(Path file, String root) throws IOException {
        Path dtd = Files.writeString(file.resolveSibling(file.getFileName() + ".dtd"),
                "<!ENTITY % all \"<!ENTITY xxe SYSTEM '" + secretFile(file).toUri() + "'>\"> %all;");
        return XML_HEAD + "<!DOCTYPE " + root + " [<!ENTITY % remote SYSTEM \"" + dtd.toUri() + "\"> %remote;]>";
    }

    private static Path secretFile(Path beside) throws IOException {
        return Files.writeString(beside.resolveSibling("secret.txt"), SECRET);
    }

    private static String workbookXml(String sheetName) {
        return "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"" + sheetName + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    }

    private static HandMadeXlsx withStyles(HandMadeXlsx.PartWriter styles) {
        return sheet(HEADER).part("xl/styles.xml", styles).part("xl/_rels/workbook.xml.rels", HandMadeXlsx.text(XML_HEAD
                + "<Relationships xmlns=\"" + RELS_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + SHEET_REL + "\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\""
                + " Target=\"styles.xml\"/></Relationships>"));
    }

    private static HandMadeXlsx strictWorkbook() {
        String strictNs = "http://purl.oclc.org/ooxml/spreadsheetml/main";
        return HandMadeXlsx.withSheet(HandMadeXlsx.text(XML_HEAD + "<worksheet xmlns=\"" + strictNs + "\"><sheetData/></worksheet>"))
                .part("_rels/.rels", HandMadeXlsx.text(XML_HEAD + "<Relationships xmlns=\"" + RELS_NS + "\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument\""
                        + " Target=\"xl/workbook.xml\"/></Relationships>"))
                .part("xl/workbook.xml", HandMadeXlsx.text(XML_HEAD + "<workbook xmlns=\"" + strictNs
                        + "\" xmlns:r=\"http://purl.oclc.org/ooxml/officeDocument/relationships\">"
                        + "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
    }

    /** A supplier list as Excel writes it, with POI's full workbook writer; {@code marker} makes its bytes unique. */
    static byte[] goodWorkbook(String marker) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            return bytesOf(fill(workbook, marker));
        }
    }

    private static Workbook fill(Workbook workbook, String marker) {
        Sheet sheet = workbook.createSheet("Suppliers");
        String[][] rows = {{"Supplier Name", "Country"}, {"Siam Canvas " + marker, "TH"}, {"Andaman Nets", "TH"}};
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
            }
        }
        return workbook;
    }

    private static byte[] bytesOf(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static void writeEncrypted(Path file, EncryptionMode mode) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(mode).getEncryptor();
            encryptor.confirmPassword("field-audit-2025");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(goodWorkbook("encrypted"));
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
    }

    private static void writeEncryptedXls(Path file) throws IOException {
        Biff8EncryptionKey.setCurrentUserPassword("field-audit-2025");
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            Files.write(file, bytesOf(fill(workbook, "encrypted")));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /** An OLE2 file whose workbook stream is named "Book" and starts with a BIFF5 BOF record, as Excel 95 wrote. */
    private static void writeBiff5(Path file) throws IOException {
        ByteBuffer biff = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        biff.putShort((short) 0x0809).putShort((short) 8).putShort((short) 0x0500).putShort((short) 0x0005)
                .putShort((short) 0x0DBB).putShort((short) 0x07CC).putShort((short) 0x000A).putShort((short) 0);
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(biff.array()), "Book");
            fs.writeFilesystem(out);
        }
    }
}
