package org.ddworkbench.ingest.read;

import org.apache.poi.hssf.OldExcelFormatException;
import org.ddworkbench.ingest.FileRejectedException;
import org.xml.sax.SAXParseException;

/**
 * Translates what POI, the zip layer and the XML parser throw on a bad file into a refusal a compliance
 * officer understands. Parser messages are never shown, since they may quote the file's content.
 */
final class PoiFailures {
    static final String EXCEL_95 = "Excel 95 and older workbooks are not supported: save it as .xlsx";

    private PoiFailures() {
    }

    /** The refusal for {@code failure} while reading {@code fileName} (and {@code sheet}, if not null). */
    static FileRejectedException reject(String fileName, String sheet, Throwable failure) {
        return Locations.reject(fileName, sheet, 0, -1, reason(failure), failure);
    }

    private static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.startsWith("Zip bomb detected") && message.contains("ratio")) {
                return "a part of the file unpacks to more than 100 times its packed size, which no real "
                        + "workbook does; refused as a probable zip bomb";
            }
            if (message.startsWith("Zip bomb detected") || message.contains("exceeds the max entry size")) {
                return "a part of the file unpacks to more than 1 GB; refused as too large or a zip bomb";
            }
            if (message.contains("more internal file entries than expected")) {
                return "the file holds more than " + Limits.MAX_ZIP_ENTRIES
                        + " internal parts, far more than any workbook; refused as possibly malicious";
            }
            // The SAX parser and XmlBeans (style sheet) both refuse a DOCTYPE, with differing exception types.
            if (message.contains("DOCTYPE is disallowed")) {
                return "the XML inside the file declares a document type (DOCTYPE), which workbooks never "
                        + "contain; refused as a possible XML bomb or external-entity attack";
            }
            if (t instanceof SAXParseException) {
                return "the XML inside the file is damaged (line " + ((SAXParseException) t).getLineNumber()
                        + "); the file cannot be read";
            }
            if (t instanceof LimitedInputStream.TooLarge) {
                return message + ", too large to read safely";
            }
            if (t instanceof OldExcelFormatException) {
                return EXCEL_95;
            }
            if (t instanceof java.util.zip.ZipException || t instanceof java.io.EOFException) {
                return "the file is damaged or truncated (it is not a readable zip package)";
            }
        }
        return "the file is damaged or not a valid Excel workbook";
    }
}
