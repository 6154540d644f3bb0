package org.ddworkbench.ingest.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Listens to the records of an .xls workbook as POI's event API streams them: learns sheet names and
 * hidden state, the shared strings and the 1904 date flag from the workbook globals, then turns each
 * worksheet's cell records into rows (cells arrive row by row) and its merge records into regions.
 */
final class XlsRecordListener implements HSSFListener {
    private static final int BIFF8 = 0x0600;

    private final String fileName;
    private final int maxRows;
    private final GuardedRowHandler handler;
    private final FormatTrackingHSSFListener formats;
    private final List<BoundSheetRecord> boundSheets = new ArrayList<>();

    private BoundSheetRecord[] sheetsInStreamOrder;
    private SSTRecord sharedStrings;
    private boolean date1904;
    private int depth;
    private int substreams;
    private SheetInfo sheet;
    private final List<CellRange> merged = new ArrayList<>();
    private List<RawCell> cells;
    private int row = -1;
    private int delivered;
    private FormulaRecord pendingFormula;

    XlsRecordListener(String fileName, int maxRows, GuardedRowHandler handler) {
        this.fileName = fileName;
        this.maxRows = maxRows;
        this.handler = handler;
        this.formats = new FormatTrackingHSSFListener(this);
    }

    /** The listener to register: it tracks number formats and passes every record on to this one. */
    HSSFListener entryPoint() {
        return formats;
    }

    @Override
    public void processRecord(Record record) {
        if (record instanceof BOFRecord bof) {
            startSubstream(bof);
        } else if (record instanceof EOFRecord) {
            endSubstream();
        } else if (depth == 1 && sheetsInStreamOrder == null) {
            globalRecord(record);
        } else if (depth == 1 && sheet != null) {
            sheetRecord(record);
        }
    }

    private void startSubstream(BOFRecord bof) {
        depth++;
        if (depth != 1) {
            return;
        }
        if (bof.getType() == BOFRecord.TYPE_WORKBOOK) {
            if (bof.getVersion() != BIFF8) {
                throw new RejectedRead(Locations.reject(fileName, PoiFailures.EXCEL_95));
            }
            return;
        }
        int index = substreams++;
        if (sheetsInStreamOrder == null || index >= sheetsInStreamOrder.length) {
            throw new RejectedRead(Locations.reject(fileName, "the workbook's sheet list is damaged"));
        }
        if (bof.getType() != BOFRecord.TYPE_WORKSHEET) {
            return;
        }
        BoundSheetRecord bound = sheetsInStreamOrder[index];
        SheetInfo info = new SheetInfo(tabIndex(bound), bound.getSheetname(), bound.isHidden() || bound.isVeryHidden());
        if (handler.startSheet(info)) {
            sheet = info;
            merged.clear();
            cells = null;
            row = -1;
            delivered = 0;
            pendingFormula = null;
        }
    }

    private void endSubstream() {
        depth--;
        if (depth == 0 && sheetsInStreamOrder == null) {
            sheetsInStreamOrder = BoundSheetRecord.orderByBofPosition(boundSheets);
        } else if (depth == 0 && sheet != null) {
            flushRow();
            handler.mergedRegions(sheet, List.copyOf(merged));
            handler.endSheet(sheet);
            sheet = null;
        }
    }

    private int tabIndex(BoundSheetRecord bound) {
        return boundSheets.indexOf(bound);
    }

    private void globalRecord(Record record) {
        if (record instanceof BoundSheetRecord bound) {
            if (boundSheets.size() >= Limits.MAX_SHEETS) {
                throw new RejectedRead(Locations.reject(fileName, "the workbook lists more than "
                        + Limits.MAX_SHEETS + " sheets; refused as damaged or malicious"));
            }
            boundSheets.add(bound);
        } else if (record instanceof SSTRecord sst) {
            sharedStrings = sst;
        } else if (record instanceof DateWindow1904Record window) {
            date1904 = window.getWindowing() == 1;
        }
    }

    private void sheetRecord(Record record) {
        if (record instanceof MergeCellsRecord merge) {
            for (int i = 0; i < merge.getNumAreas(); i++) {
                addMerged(merge.getAreaAt(i));
            }
            return;
        }
        if (record instanceof StringRecord string) {
            if (pendingFormula != null) {
                add(pendingFormula, textCell(pendingFormula, string.getString(), CellKind.TEXT));
                pendingFormula = null;
            }
            return;
        }
        if (!(record instanceof CellValueRecordInterface cell)) {
            // shared-formula and array records may sit between a formula and its text result
            return;
        }
        pendingFormula = null;
        if (maxRows > 0 && delivered >= maxRows) {
            return;
        }
        if (record instanceof NumberRecord number) {
            add(cell, numberCell(cell, number.getValue()));
        } else if (record instanceof LabelSSTRecord label) {
            add(cell, textCell(cell, sharedString(cell, label.getSSTIndex()), CellKind.TEXT));
        } else if (record instanceof LabelRecord label) {
            add(cell, textCell(cell, label.getValue(), CellKind.TEXT));
        } else if (record instanceof BoolErrRecord boolErr) {
            add(cell, boolErr.isBoolean()
                    ? new RawCell(cell.getColumn(), Boolean.toString(boolErr.getBooleanValue()), CellKind.BOOLEAN)
                    : errorCell(cell, boolErr.getErrorValue()));
        } else if (record instanceof FormulaRecord formula) {
            formulaResult(formula);
        }
    }

    private void formulaResult(FormulaRecord formula) {
        CellType result = formula.getCachedResultTypeEnum();
        if (result == CellType.NUMERIC) {
            add(formula, numberCell(formula, formula.getValue()));
        } else if (result == CellType.BOOLEAN) {
            add(formula, new RawCell(formula.getColumn(), Boolean.toString(formula.getCachedBooleanValue()),
                    CellKind.BOOLEAN));
        } else if (result == CellType.ERROR) {
            add(formula, errorCell(formula, formula.getCachedErrorValue()));
        } else if (result == CellType.STRING && formula.hasCachedResultString()) {
            // the text result follows in a STRING record
            pendingFormula = formula;
        }
    }

    private RawCell numberCell(CellValueRecordInterface cell, double value) {
        CellKind kind = CellValues.kindOfFormat(formats.getFormatIndex(cell), formats.getFormatString(cell));
        return CellValues.numberCell(cell.getColumn(), value, kind, date1904);
    }

    private RawCell textCell(CellValueRecordInterface cell, String raw, CellKind kind) {
        if (raw == null) {
            return null;
        }
        if (raw.length() > Limits.MAX_CELL_CHARS) {
            throw new RejectedRead(Locations.reject(fileName, sheet.name(), cell.getRow() + 1, cell.getColumn(),
                    Locations.CELL_TOO_LONG));
        }
        String text = CellValues.clean(raw);
        return text.isEmpty() ? null : new RawCell(cell.getColumn(), text, kind);
    }

    private RawCell errorCell(CellValueRecordInterface cell, int code) {
        String text = FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#N/A";
        return new RawCell(cell.getColumn(), text, CellKind.ERROR);
    }

    private String sharedString(CellValueRecordInterface cell, int index) {
        if (sharedStrings == null || index < 0 || index >= sharedStrings.getNumUniqueStrings()) {
            throw new RejectedRead(Locations.reject(fileName, sheet.name(), cell.getRow() + 1, cell.getColumn(),
                    "the cell refers to a shared text that does not exist; the file is damaged"));
        }
        return sharedStrings.getString(index).getString();
    }

    private void add(CellValueRecordInterface record, RawCell cell) {
        if (record.getColumn() >= Limits.MAX_COLUMNS) {
            throw new RejectedRead(Locations.reject(fileName, sheet.name(), record.getRow() + 1, -1,
                    "a cell lies beyond Excel's limit of 16,384 columns (XFD)"));
        }
        if (record.getRow() != row) {
            flushRow();
            row = record.getRow();
            handler.checkCancelled();
        }
        if (cell != null && (maxRows == 0 || delivered < maxRows)) {
            if (cells == null) {
                cells = new ArrayList<>();
            }
            cells.add(cell);
        }
    }

    private void flushRow() {
        if (cells != null && !cells.isEmpty()) {
            cells.sort(Comparator.comparingInt(RawCell::column));
            handler.row(row + 1, Collections.unmodifiableList(cells));
            delivered++;
        }
        cells = null;
    }

    private void addMerged(CellRangeAddress area) {
        if (merged.size() >= Limits.MAX_MERGED_REGIONS) {
            throw new RejectedRead(Locations.reject(fileName, sheet.name(), 0, -1,
                    "the sheet has more than 100,000 merged cell regions; refused as damaged or malicious"));
        }
        merged.add(new CellRange(area.getFirstRow() + 1, area.getLastRow() + 1, area.getFirstColumn(),
                area.getLastColumn()));
    }
}
