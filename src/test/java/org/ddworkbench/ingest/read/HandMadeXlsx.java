package org.ddworkbench.ingest.read;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes minimal .xlsx packages part by part with java.util.zip, for the hostile and odd files that POI
 * itself would refuse to write.
 */
public final class HandMadeXlsx {
    public static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /** Streams a part's content, so that large sheets never sit in memory. */
    public interface PartWriter {
        void write(Writer out) throws IOException;
    }

    private final Map<String, PartWriter> parts = new LinkedHashMap<>();
    private int level = java.util.zip.Deflater.DEFAULT_COMPRESSION;

    /** A package with one sheet named "Data" whose XML {@code sheet} writes (without the XML declaration). */
    public static HandMadeXlsx withSheet(PartWriter sheet) {
        HandMadeXlsx xlsx = new HandMadeXlsx();
        xlsx.part("[Content_Types].xml", text(XML_HEAD
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "</Types>"));
        xlsx.part("_rels/.rels", text(XML_HEAD
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>"));
        xlsx.part("xl/workbook.xml", text(XML_HEAD
                + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
        xlsx.part("xl/_rels/workbook.xml.rels", text(XML_HEAD
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>"));
        xlsx.part("xl/worksheets/sheet1.xml", sheet);
        return xlsx;
    }

    /** A sheet part with the usual root element around {@code sheetData}'s rows. */
    public static PartWriter sheet(String rows) {
        return text(XML_HEAD + "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + rows + "</sheetData></worksheet>");
    }

    public static PartWriter text(String content) {
        return out -> out.write(content);
    }

    public HandMadeXlsx part(String name, PartWriter writer) {
        parts.put(name, writer);
        return this;
    }

    public HandMadeXlsx withSharedStrings(String... strings) {
        StringBuilder xml = new StringBuilder(XML_HEAD).append("<sst xmlns=\"").append(MAIN_NS).append("\">");
        for (String s : strings) {
            xml.append("<si><t>").append(s).append("</t></si>");
        }
        xml.append("</sst>");
        part("xl/sharedStrings.xml", text(xml.toString()));
        part("xl/_rels/workbook.xml.rels", text(XML_HEAD
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>"));
        return this;
    }

    /** Compresses fast rather than small, for very large test sheets. */
    public HandMadeXlsx fast() {
        level = java.util.zip.Deflater.BEST_SPEED;
        return this;
    }

    public Path writeTo(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(level);
            for (Map.Entry<String, PartWriter> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                Writer writer = new java.io.OutputStreamWriter(new java.io.FilterOutputStream(zip) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }
                }, StandardCharsets.UTF_8);
                Writer buffered = new java.io.BufferedWriter(writer, 64 * 1024);
                part.getValue().write(buffered);
                buffered.flush();
                zip.closeEntry();
            }
        }
        return file;
    }

    /** A zip whose raw entries are given as is, including names that Open XML treats as duplicates. */
    public static Path rawZip(Path file, String... namesAndContents) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
