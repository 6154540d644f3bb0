package org.ddworkbench.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ddworkbench.report.packet.AggregatePacket;
import org.ddworkbench.report.packet.PacketTable;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.CTProperties;

/**
 * Writes a workbook with a Method sheet stating how the figures were protected, then a sheet per table.
 * The file carries no trace of the machine: no creator, application or company in its properties, and the
 * release date in place of the moment of writing, both in the properties and on the entries of the ZIP.
 */
final class XlsxPacketWriter implements PacketWriter {
    private static final int LABEL_WIDTH = 24 * 256;
    private static final int TEXT_WIDTH = 90 * 256;

    @Override
    public void write(AggregatePacket packet, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            SheetNames names = new SheetNames();
            Sheet method = workbook.createSheet(names.claim("Method"));
            XlsxTableSheet tableSheet = new XlsxTableSheet(styles);
            List<String> sheetNames = new ArrayList<>();
            for (PacketTable table : packet.tables()) {
                String name = names.claim(table.page() == null ? table.title() : table.title() + " " + table.page());
                sheetNames.add(name);
                tableSheet.write(workbook.createSheet(name), new TableGrid(table));
            }
            writeMethod(method, packet, sheetNames, styles);
            anonymise(workbook.getProperties(), packet);
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            workbook.write(written);
            ZipTimestamps.restamp(written.toByteArray(), packet.released(), out);
        }
    }

    private static void writeMethod(Sheet sheet, AggregatePacket packet, List<String> sheetNames,
            XlsxStyles styles) {
        sheet.setColumnWidth(0, LABEL_WIDTH);
        sheet.setColumnWidth(1, TEXT_WIDTH);
        int at = 0;
        put(sheet, at++, 0, "Method", styles.title);
        at++;
        for (MethodStatement.Line line : MethodStatement.facts(packet)) {
            pair(sheet, at++, line, styles);
        }
        at++;
        put(sheet, at++, 0, "Suppression marks", styles.bold);
        for (MethodStatement.Line line : MethodStatement.suppressionExplained(packet)) {
            pair(sheet, at++, line, styles);
        }
        at++;
        put(sheet, at++, 0, "Tables", styles.bold);
        for (int index = 0; index < sheetNames.size(); index++) {
            PacketTable table = packet.tables().get(index);
            pair(sheet, at++, new MethodStatement.Line(sheetNames.get(index), table.title()
                    + (table.page() == null ? "" : " (" + table.page() + ")")), styles);
        }
    }

    private static void pair(Sheet sheet, int row, MethodStatement.Line line, XlsxStyles styles) {
        put(sheet, row, 0, line.label(), styles.bold);
        put(sheet, row, 1, line.text(), styles.wrapped);
    }

    private static void put(Sheet sheet, int rowIndex, int column, String text, CellStyle style) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        Cell cell = row.createCell(column);
        cell.setCellValue(SpreadsheetText.neutralise(text));
        cell.setCellStyle(style);
    }

    /** Clears what POI and the package would otherwise record about the machine and the moment of writing. */
    private static void anonymise(POIXMLProperties properties, AggregatePacket packet) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Date releaseDay = Date.from(packet.released().atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreator("");
        core.setLastModifiedByUser("");
        core.setCreated(Optional.of(releaseDay));
        core.setModified(Optional.of(releaseDay));
        core.setTitle(packet.reportName());
        CTProperties application = properties.getExtendedProperties().getUnderlyingProperties();
        if (application.isSetApplication()) {
            application.unsetApplication();
        }
        if (application.isSetAppVersion()) {
            application.unsetAppVersion();
        }
        if (application.isSetCompany()) {
            application.unsetCompany();
        }
        if (application.isSetManager()) {
            application.unsetManager();
        }
    }
}
