package org.ddworkbench.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.ddworkbench.ingest.FileRejectedException;
import org.ddworkbench.task.CancellationToken;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams an .xlsx workbook with POI's event API (never the in-memory workbook model): the package is
 * opened read-only, each worksheet's XML is parsed by a secure SAX parser (no DTDs, no external entities)
 * and rows are handed over as they are read, so memory stays flat whatever the sheet's size. Hidden and
 * very hidden sheets are offered with {@code hidden=true}; chart and macro sheets, which hold no table,
 * are not offered.
 */
public final class XlsxStreamReader implements TableReader {

    @Override
    public FileFormat format() {
        return FileFormat.XLSX;
    }

    @Override
    public void read(Path file, ReadOptions options, RowHandler handler, CancellationToken cancellation)
            throws FileRejectedException {
        String name = Locations.fileName(file);
        GuardedRowHandler guard = new GuardedRowHandler(handler, cancellation);
        try (OPCPackage pkg = XlsxPackages.open(file, name, options.workbookPassword())) {
            readWorkbook(pkg, name, options.maxRowsPerSheet(), guard);
        } catch (GuardedRowHandler.Failure failure) {
            throw failure.original();
        } catch (RejectedRead rejected) {
            throw rejected.rejection();
        } catch (IOException e) {
            throw PoiFailures.reject(name, null, e);
        }
    }

    private void readWorkbook(OPCPackage pkg, String name, int maxRows, GuardedRowHandler guard)
            throws FileRejectedException {
        PackagePart workbookPart;
        WorkbookXml workbook = new WorkbookXml(name);
        List<String> sharedStrings;
        NumberFormats formats;
        try {
            workbookPart = XlsxPackages.workbookPart(pkg, name);
            XSSFReader reader = new XSSFReader(pkg);
            try (InputStream in = reader.getWorkbookData()) {
                parse(in, workbook);
            }
            sharedStrings = sharedStrings(workbookPart, reader);
            formats = new NumberFormats(styles(workbookPart, reader));
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException e) {
            throw PoiFailures.reject(name, null, e);
        } catch (GuardedRowHandler.Failure | RejectedRead ours) {
            throw ours;
        } catch (RuntimeException e) {
            throw PoiFailures.reject(name, null, e);
        }
        List<WorkbookXml.SheetEntry> sheets = workbook.sheets();
        for (int index = 0; index < sheets.size(); index++) {
            WorkbookXml.SheetEntry entry = sheets.get(index);
            PackageRelationship relation = sheetRelation(workbookPart, entry, name);
            if (!XSSFRelation.WORKSHEET.getRelation().equals(relation.getRelationshipType())) {
                continue;
            }
            SheetInfo sheet = new SheetInfo(index, entry.name(), entry.hidden());
            if (guard.startSheet(sheet)) {
                readSheet(workbookPart, relation, sheet, new SheetXmlHandler(name, sheet, sharedStrings, formats,
                        workbook.date1904(), maxRows, guard), name, maxRows > 0, guard);
                guard.endSheet(sheet);
            }
        }
    }

    /** The relationship from the workbook to a listed sheet, which must be a part inside the file. */
    private static PackageRelationship sheetRelation(PackagePart workbookPart, WorkbookXml.SheetEntry entry,
            String name) throws FileRejectedException {
        PackageRelationship relation;
        try {
            relation = entry.relationshipId() == null ? null : workbookPart.getRelationship(entry.relationshipId());
        } catch (RuntimeException e) {
            throw PoiFailures.reject(name, entry.name(), e);
        }
        if (relation == null) {
            throw Locations.reject(name, entry.name(), 0, -1, "the workbook lists this sheet but the file "
                    + "does not hold it; the file is damaged");
        }
        if (relation.getTargetMode() == TargetMode.EXTERNAL) {
            throw Locations.reject(name, entry.name(), 0, -1, "the sheet points to a location outside the file; "
                    + "refused as damaged or malicious");
        }
        return relation;
    }

    private void readSheet(PackagePart workbookPart, PackageRelationship relation, SheetInfo sheet,
            SheetXmlHandler sheetHandler, String name, boolean mayStopEarly, GuardedRowHandler guard)
            throws FileRejectedException {
        try (InputStream raw = workbookPart.getRelatedPart(relation).getInputStream();
                MergeCellTail tail = new MergeCellTail(raw)) {
            List<CellRange> merged;
            try {
                parse(mayStopEarly ? tail : raw, sheetHandler);
                merged = sheetHandler.mergedRegions();
            } catch (SheetXmlHandler.RowLimitReached stop) {
                merged = tail.scanRest(name, sheet.name(), guard::checkCancelled);
            }
            guard.mergedRegions(sheet, merged);
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException e) {
            throw PoiFailures.reject(name, sheet.name(), e);
        } catch (GuardedRowHandler.Failure | RejectedRead ours) {
            throw ours;
        } catch (RuntimeException e) {
            throw PoiFailures.reject(name, sheet.name(), e);
        }
    }

    private static List<String> sharedStrings(PackagePart workbookPart, XSSFReader reader)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        if (!hasRelation(workbookPart, XSSFRelation.SHARED_STRINGS)) {
            return List.of();
        }
        SharedStringsXml table = new SharedStringsXml();
        try (InputStream in = reader.getSharedStringsData()) {
            parse(new LimitedInputStream(in, Limits.MAX_SHARED_STRINGS_BYTES, "the shared text table"), table);
        }
        return table.strings();
    }

    private static StylesTable styles(PackagePart workbookPart, XSSFReader reader)
            throws IOException, OpenXML4JException {
        if (!hasRelation(workbookPart, XSSFRelation.STYLES)) {
            return null;
        }
        try (InputStream in = reader.getStylesData()) {
            return new StylesTable(new LimitedInputStream(in, Limits.MAX_STYLES_BYTES, "the style sheet"));
        }
    }

    private static boolean hasRelation(PackagePart part, XSSFRelation relation) throws OpenXML4JException {
        PackageRelationshipCollection relations = part.getRelationshipsByType(relation.getRelation());
        return relations.size() > 0;
    }

    private static void parse(InputStream in, ContentHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        // POI's default error handler logs the parser's message, which may quote the file; this one only throws.
        xml.setErrorHandler(new DefaultHandler());
        xml.parse(new InputSource(in));
    }
}
