package org.ddworkbench.ingest.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ddworkbench.ingest.map.Field;
import org.ddworkbench.ingest.map.Layout;
import org.ddworkbench.ingest.map.TargetKind;
import org.ddworkbench.ingest.map.TemplateMarker;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.pack.LoadedPack;

/**
 * Writes blank import templates as .xlsx from {@link TemplateLayouts}: an instructions sheet first, data
 * sheets with units in headers, drop-downs and ranges, locked headers (no password: it prevents accidents,
 * it is not security), frozen header rows, and a very hidden marker sheet naming kind and pack. The file
 * carries no author or company and a fixed creation date.
 */
public final class PoiTemplateWriter implements TemplateWriter {
    /** How many data rows of a table template accept input and are validated. */
    static final int TABLE_INPUT_ROWS = 5_000;
    /** Every template says it was created at this instant, so it tells nothing about who made it when. */
    static final Instant FIXED_CREATED = Instant.parse("2025-01-01T00:00:00Z");
    private static final String APPLICATION = "Diligence Workbench";

    private final TemplateLayouts layouts;

    public PoiTemplateWriter(TemplateLayouts layouts) {
        this.layouts = layouts;
    }

    @Override
    public void write(LoadedPack pack, DataSourceKind kind, Locale locale, Path out) throws IOException {
        TemplateLayout layout = layouts.layout(pack.pack(), kind);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            writeInstructions(workbook, styles, kind, locale);
            for (TemplateLayout.Sheet sheet : layout.sheets()) {
                if (sheet.layout() == Layout.LONG) {
                    writeLong(workbook, styles, sheet, locale);
                } else {
                    writeTable(workbook, styles, sheet);
                }
            }
            writeMarker(workbook, new TemplateMarker(TemplateMarker.FORMAT, kind, pack.pack().id(),
                    pack.pack().version(), pack.fingerprint(), layouts.templateVersion()));
            clearMetadata(workbook);
            workbook.setActiveSheet(0);
            save(workbook, out);
        }
    }

    private static void writeInstructions(XSSFWorkbook workbook, Styles styles, DataSourceKind kind, Locale locale) {
        XSSFSheet sheet = workbook.createSheet(TemplateLayouts.INSTRUCTIONS_SHEET);
        sheet.setColumnWidth(0, 110 * 256);
        text(sheet.createRow(0).createCell(0), TemplateTexts.title(kind, locale), styles.title);
        List<String> lines = TemplateTexts.instructions(kind, locale);
        for (int i = 0; i < lines.size(); i++) {
            text(sheet.createRow(i + 2).createCell(0), lines.get(i), styles.note);
        }
        protect(sheet);
    }

    private static void writeTable(XSSFWorkbook workbook, Styles styles, TemplateLayout.Sheet layout) {
        XSSFSheet sheet = workbook.createSheet(layout.name());
        Row header = sheet.createRow(0);
        for (int i = 0; i < layout.columns().size(); i++) {
            TemplateLayout.Column column = layout.columns().get(i);
            text(header.createCell(i), column.header(), styles.header);
            sheet.setColumnWidth(i, column.width() * 256);
            // Cells below the header take the column's style: unlocked, so they accept input on a protected sheet.
            sheet.setDefaultColumnStyle(i, column.rule().type() == TemplateLayout.InputRule.Type.DATE
                    ? styles.inputDate : styles.input);
            TemplateValidations.add(sheet, column.rule(), 1, TABLE_INPUT_ROWS, i);
        }
        sheet.createFreezePane(0, 1);
        protect(sheet);
    }

    private static void writeLong(XSSFWorkbook workbook, Styles styles, TemplateLayout.Sheet layout, Locale locale) {
        XSSFSheet sheet = workbook.createSheet(layout.name());
        Row header = sheet.createRow(0);
        for (int i = 0; i < layout.columns().size(); i++) {
            text(header.createCell(i), layout.columns().get(i).header(), styles.header);
            sheet.setColumnWidth(i, layout.columns().get(i).width() * 256);
        }
        for (int r = 0; r < layout.rows().size(); r++) {
            TemplateLayout.Row question = layout.rows().get(r);
            Row row = sheet.createRow(r + 1);
            text(row.createCell(0), question.question(), styles.question);
            boolean date = question.rule().type() == TemplateLayout.InputRule.Type.DATE;
            row.createCell(1).setCellStyle(date ? styles.inputDate : styles.input);
            text(row.createCell(2), question.unit(), styles.note);
            text(row.createCell(3), help(question, locale), styles.note);
            TemplateValidations.add(sheet, question.rule(), r + 1, r + 1, 1);
        }
        sheet.createFreezePane(0, 1);
        protect(sheet);
    }

    private static String help(TemplateLayout.Row question, Locale locale) {
        if (question.kind() == TargetKind.FIELD) {
            return TemplateTexts.fieldHelp(Field.valueOf(question.target()), locale);
        }
        return question.help() == null ? "" : question.help();
    }

    private static void writeMarker(XSSFWorkbook workbook, TemplateMarker marker) {
        XSSFSheet sheet = workbook.createSheet(MARKER_SHEET);
        int r = 0;
        for (Map.Entry<String, String> entry : marker.entries().entrySet()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(entry.getKey());
            row.createCell(1).setCellValue(entry.getValue());
        }
        protect(sheet);
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    /** Locks every cell not styled as input; users may still resize columns and rows. */
    private static void protect(XSSFSheet sheet) {
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.enableLocking();
    }

    private static void clearMetadata(XSSFWorkbook workbook) {
        POIXMLProperties properties = workbook.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Date fixed = Date.from(FIXED_CREATED);
        core.setCreator(null);
        core.setLastModifiedByUser(null);
        core.setCreated(Optional.of(fixed));
        core.setModified(Optional.of(fixed));
        var extended = properties.getExtendedProperties().getUnderlyingProperties();
        extended.setApplication(APPLICATION);
        if (extended.isSetCompany()) {
            extended.unsetCompany();
        }
        if (extended.isSetManager()) {
            extended.unsetManager();
        }
    }

    /** Writes through a temporary file next to {@code out}, so a failed write leaves no half template behind. */
    private static void save(XSSFWorkbook workbook, Path out) throws IOException {
        Path target = out.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), ".ddw-template-", ".tmp");
        try {
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                workbook.write(stream);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void text(Cell cell, String value, CellStyle style) {
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    /** The few cell styles a template uses. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle question;
        final CellStyle note;
        final CellStyle input;
        final CellStyle inputDate;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            question = workbook.createCellStyle();
            question.setWrapText(true);
            question.setVerticalAlignment(VerticalAlignment.TOP);
            note = workbook.createCellStyle();
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
            input = workbook.createCellStyle();
            input.setLocked(false);
            input.setVerticalAlignment(VerticalAlignment.TOP);
            input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            inputDate = workbook.createCellStyle();
            inputDate.cloneStyleFrom(input);
            inputDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }
    }
}
