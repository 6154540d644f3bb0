package org.ddworkbench.ingest.read;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The benchmark's reference point: streams an .xlsx file with nothing but POI's stock event API
 * ({@link XSSFSheetXMLHandler}) or a CSV file with nothing but Jackson's CSV parser, and only counts the
 * non-empty cells. No normalising, no checks, no handler: what any import costs at the least.
 */
public final class BareParse {

    /** Counts the cells of an .xlsx (told by its zip signature) or a UTF-8 CSV file. */
    public long countCells(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(2);
        }
        boolean zip = head.length == 2 && head[0] == 'P' && head[1] == 'K';
        return zip ? countXlsxCells(file) : countCsvCells(file);
    }

    public long countXlsxCells(Path file) throws IOException {
        long[] count = {0};
        XSSFSheetXMLHandler.SheetContentsHandler counter = new XSSFSheetXMLHandler.SheetContentsHandler() {
            @Override
            public void startRow(int rowNum) {
                // only cells are counted
            }

            @Override
            public void endRow(int rowNum) {
                // only cells are counted
            }

            @Override
            public void cell(String cellReference, String formattedValue, XSSFComment comment) {
                count[0]++;
            }
        };
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            DataFormatter formatter = new DataFormatter();
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, counter,
                            formatter, false));
                    xml.parse(new InputSource(sheet));
                }
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException("bare parse of " + Locations.fileName(file) + " failed", e);
        }
        return count[0];
    }

    /** Counts the cells of a UTF-8 CSV file whose delimiter is taken from its first line. */
    public long countCsvCells(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        long count = 0;
        try (Reader reader = new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), 64 * 1024)) {
            reader.mark(64 * 1024);
            char[] head = new char[64 * 1024];
            int n = Math.max(0, reader.read(head));
            reader.reset();
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(
                    CsvDialect.delimiter(new String(head, 0, n)));
            try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).with(schema)
                    .readValues(reader)) {
                while (rows.hasNextValue()) {
                    for (String cell : rows.nextValue()) {
                        count += cell.isEmpty() ? 0 : 1;
                    }
                }
            }
        }
        return count;
    }
}
