package org.ddworkbench.ingest.read;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads what the streaming reader needs from {@code xl/workbook.xml}: the sheets in tab order with their
 * relationship ids and hidden state, and whether the workbook counts dates from 1904.
 */
final class WorkbookXml extends DefaultHandler {
    private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final String fileName;
    private final List<SheetEntry> sheets = new ArrayList<>();
    private boolean date1904;

    WorkbookXml(String fileName) {
        this.fileName = fileName;
    }

    /** One {@code <sheet>} element; {@code hidden} covers both "hidden" and "veryHidden". */
    record SheetEntry(String name, String relationshipId, boolean hidden) {
    }

    List<SheetEntry> sheets() {
        return List.copyOf(sheets);
    }

    boolean date1904() {
        return date1904;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if ("workbookPr".equals(localName)) {
            String value = attributes.getValue("date1904");
            date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
        } else if ("sheet".equals(localName)) {
            if (sheets.size() >= Limits.MAX_SHEETS) {
                throw new RejectedRead(Locations.reject(fileName, "the workbook lists more than "
                        + Limits.MAX_SHEETS + " sheets; refused as damaged or malicious"));
            }
            String id = attributes.getValue(RELATIONSHIPS_NS, "id");
            String state = attributes.getValue("state");
            boolean hidden = "hidden".equals(state) || "veryHidden".equals(state);
            sheets.add(new SheetEntry(nullToEmpty(attributes.getValue("name")), id, hidden));
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
