package org.ddworkbench.ingest.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for one worksheet's XML: turns {@code <row>}/{@code <c>} elements into {@link RawCell}s by
 * cell type (shared and inline strings, numbers and dates by number format, booleans, errors, formula
 * results), hands non-blank rows to the row handler as they close, collects {@code <mergeCell>} regions,
 * and refuses cells, rows and dimensions beyond Excel's limits while they stream by.
 */
final class SheetXmlHandler extends DefaultHandler {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private final String fileName;
    private final SheetInfo sheet;
    private final List<String> sharedStrings;
    private final NumberFormats formats;
    private final boolean date1904;
    private final int maxRows;
    private final GuardedRowHandler handler;
    private final List<CellRange> merged = new ArrayList<>();
    private final StringBuilder value = new StringBuilder();

    private boolean inRow;
    private int rowNumber;
    private int delivered;
    private List<RawCell> cells;
    private boolean unordered;
    private int nextColumn;

    private boolean inCell;
    private int column;
    private String type;
    private int style;
    private boolean hasValue;
    private boolean capturing;
    private boolean inInlineString;
    private int phoneticDepth;

    SheetXmlHandler(String fileName, SheetInfo sheet, List<String> sharedStrings, NumberFormats formats,
            boolean date1904, int maxRows, GuardedRowHandler handler) {
        this.fileName = fileName;
        this.sheet = sheet;
        this.sharedStrings = sharedStrings;
        this.formats = formats;
        this.date1904 = date1904;
        this.maxRows = maxRows;
        this.handler = handler;
    }

    /** The merged regions seen, complete once the whole sheet was parsed. */
    List<CellRange> mergedRegions() {
        return List.copyOf(merged);
    }

    /** Thrown to end the parse once the preview's row limit is reached. */
    static final class RowLimitReached extends SAXException {
        private static final long serialVersionUID = 1L;

        RowLimitReached() {
            super("row limit reached");
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
            throws SAXException {
        switch (localName) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes);
            case "v" -> {
                capturing = inCell;
                hasValue |= inCell;
            }
            case "is" -> {
                inInlineString = inCell;
                hasValue |= inCell;
            }
            case "t" -> capturing = inInlineString && phoneticDepth == 0;
            case "rPh" -> phoneticDepth++;
            case "mergeCell" -> addMerged(attributes.getValue("ref"));
            case "dimension" -> checkDimension(attributes.getValue("ref"));
            default -> {
                // formulas, cell metadata and sheet settings carry nothing to import
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v", "t" -> capturing = false;
            case "rPh" -> phoneticDepth--;
            case "is" -> inInlineString = false;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> {
                // nothing to close
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (capturing) {
            if (value.length() + length > Limits.MAX_CELL_CHARS) {
                throw reject(rowNumber, column, Locations.CELL_TOO_LONG);
            }
            value.append(ch, start, length);
        }
    }

    private void startRow(String r) {
        handler.checkCancelled();
        int number = r == null ? rowNumber + 1 : CellReferences.row(r, 0, r.length());
        if (number == CellReferences.BEYOND || (r == null && number > Limits.MAX_ROWS)) {
            throw reject(0, -1, "the sheet has rows beyond Excel's limit of 1,048,576 rows");
        }
        if (number == CellReferences.NONE) {
            throw reject(rowNumber + 1, -1, "the row has an unreadable row number; the file is damaged");
        }
        rowNumber = number;
        inRow = true;
        cells = null;
        unordered = false;
        nextColumn = 0;
    }

    private void startCell(Attributes attributes) {
        if (!inRow) {
            return;
        }
        String ref = attributes.getValue("r");
        int parsed = ref == null ? CellReferences.NONE : CellReferences.column(ref, 0, ref.length());
        if (parsed == CellReferences.BEYOND || (parsed == CellReferences.NONE && nextColumn >= Limits.MAX_COLUMNS)) {
            throw reject(rowNumber, -1, "a cell lies beyond Excel's limit of 16,384 columns (XFD)");
        }
        column = parsed == CellReferences.NONE ? nextColumn : parsed;
        type = attributes.getValue("t");
        String s = attributes.getValue("s");
        style = s == null ? 0 : parseIndex(s);
        inCell = true;
        hasValue = false;
        capturing = false;
        inInlineString = false;
        phoneticDepth = 0;
        value.setLength(0);
    }

    private void endCell() {
        if (!inCell) {
            return;
        }
        inCell = false;
        capturing = false;
        nextColumn = column + 1;
        RawCell cell = hasValue ? toCell() : null;
        if (cell != null) {
            if (cells == null) {
                cells = new ArrayList<>();
            } else if (cells.get(cells.size() - 1).column() >= column) {
                unordered = true;
            }
            cells.add(cell);
        }
    }

    private void endRow() throws RowLimitReached {
        if (!inRow) {
            return;
        }
        inRow = false;
        if (cells == null) {
            return;
        }
        if (unordered) {
            cells.sort(Comparator.comparingInt(RawCell::column));
        }
        handler.row(rowNumber, Collections.unmodifiableList(cells));
        cells = null;
        delivered++;
        if (maxRows > 0 && delivered >= maxRows) {
            throw new RowLimitReached();
        }
    }

    private RawCell toCell() {
        String t = type == null ? "n" : type;
        return switch (t) {
            case "s" -> text(sharedString(), CellKind.TEXT);
            case "inlineStr", "str" -> text(value.toString(), CellKind.TEXT);
            case "e" -> text(value.toString(), CellKind.ERROR);
            case "b" -> booleanCell();
            case "d" -> isoDateCell();
            case "n" -> numberCell();
            default -> text(value.toString(), CellKind.TEXT);
        };
    }

    private RawCell text(String raw, CellKind kind) {
        String text = CellValues.clean(raw);
        return text.isEmpty() ? null : new RawCell(column, text, kind);
    }

    private String sharedString() {
        String raw = CellValues.clean(value.toString());
        int index = raw.isEmpty() ? -1 : parseIndex(raw);
        if (index < 0 || index >= sharedStrings.size()) {
            throw reject(rowNumber, column, "the cell refers to a shared text that does not exist; the file is damaged");
        }
        String text = sharedStrings.get(index);
        if (text.length() > Limits.MAX_CELL_CHARS) {
            throw reject(rowNumber, column, Locations.CELL_TOO_LONG);
        }
        return text;
    }

    private RawCell booleanCell() {
        String raw = CellValues.clean(value.toString());
        if (raw.isEmpty()) {
            return null;
        }
        boolean truth = "1".equals(raw) || "true".equalsIgnoreCase(raw);
        return new RawCell(column, Boolean.toString(truth), CellKind.BOOLEAN);
    }

    private RawCell isoDateCell() {
        String raw = CellValues.clean(value.toString());
        if (raw.isEmpty()) {
            return null;
        }
        try {
            if (raw.indexOf('T') < 0) {
                return new RawCell(column, LocalDate.parse(raw).toString(), CellKind.DATE);
            }
            return new RawCell(column, LocalDateTime.parse(raw).format(DATE_TIME), CellKind.DATETIME);
        } catch (DateTimeParseException e) {
            throw reject(rowNumber, column, "the cell holds an unreadable date; the file is damaged");
        }
    }

    private RawCell numberCell() {
        String raw = CellValues.clean(value.toString());
        if (raw.isEmpty()) {
            return null;
        }
        double number;
        try {
            number = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw reject(rowNumber, column, "the cell holds an unreadable number; the file is damaged");
        }
        return CellValues.numberCell(column, number, formats.kindOf(style), date1904);
    }

    private void addMerged(String ref) {
        CellRange range = CellReferences.range(ref);
        if (range == null) {
            return;
        }
        if (merged.size() >= Limits.MAX_MERGED_REGIONS) {
            throw reject(0, -1, "the sheet has more than 100,000 merged cell regions; refused as damaged or malicious");
        }
        merged.add(range);
    }

    private void checkDimension(String ref) {
        if (ref == null) {
            return;
        }
        int colon = ref.indexOf(':');
        int from = colon < 0 ? 0 : colon + 1;
        if (CellReferences.column(ref, from, ref.length()) == CellReferences.BEYOND
                || CellReferences.row(ref, from, ref.length()) == CellReferences.BEYOND) {
            throw reject(0, -1, "the sheet claims a size beyond Excel's limits of 1,048,576 rows and "
                    + "16,384 columns; refused as damaged or malicious");
        }
    }

    private static int parseIndex(String digits) {
        int result = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9' || result > (Integer.MAX_VALUE - 9) / 10) {
                return -1;
            }
            result = result * 10 + (c - '0');
        }
        return digits.isEmpty() ? -1 : result;
    }

    private RejectedRead reject(int row, int col, String reason) {
        return new RejectedRead(Locations.reject(fileName, sheet.name(), row, col, reason));
    }
}
