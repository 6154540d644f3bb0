package org.ddworkbench.ingest.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ddworkbench.ingest.read.CellKind;
import org.ddworkbench.ingest.read.CellRange;
import org.ddworkbench.ingest.read.FileFormat;
import org.ddworkbench.ingest.read.RawCell;
import org.ddworkbench.ingest.read.RowHandler;
import org.ddworkbench.ingest.read.SheetInfo;
import org.ddworkbench.ingest.template.TemplateWriter;

/**
 * Collects the first rows of every visible sheet into a {@link FilePreview}; hidden sheets are only named,
 * except a workbench template's marker sheet, whose key/value rows become the preview's template marker.
 * Bounded however large or hostile the file: rows, cells, text lengths and merged regions are capped.
 */
public final class PreviewCollector implements RowHandler {
    public static final int DEFAULT_ROWS = 60;
    private static final int MAX_CELLS_PER_ROW = 2_000;
    private static final int MAX_TEXT = 2_000;
    private static final int MAX_MERGED_REGIONS = 1_000;
    private static final int MAX_MARKER_ENTRIES = 50;
    private static final int MAX_MARKER_TEXT = 200;

    private final String fileName;
    private final FileFormat format;
    private final int maxRows;
    private final List<FilePreview.SheetPreview> sheets = new ArrayList<>();
    private final List<String> hiddenSheets = new ArrayList<>();
    private final Map<String, String> marker = new LinkedHashMap<>();

    private SheetInfo current;
    private boolean readingMarker;
    private Map<Integer, List<RawCell>> rows;
    private List<CellRange> merged;

    public PreviewCollector(String fileName, FileFormat format) {
        this(fileName, format, DEFAULT_ROWS);
    }

    public PreviewCollector(String fileName, FileFormat format, int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1");
        }
        this.fileName = fileName;
        this.format = format;
        this.maxRows = maxRows;
    }

    @Override
    public boolean startSheet(SheetInfo sheet) {
        finishSheet();
        if (TemplateWriter.MARKER_SHEET.equals(sheet.name())) {
            readingMarker = true;
            return true;
        }
        if (sheet.hidden()) {
            hiddenSheets.add(sheet.name());
            return false;
        }
        current = sheet;
        rows = new HashMap<>();
        merged = new ArrayList<>();
        return true;
    }

    @Override
    public void row(int rowNumber, List<RawCell> cells) {
        if (readingMarker) {
            readMarkerRow(cells);
            return;
        }
        if (current == null || rows.size() >= maxRows) {
            return;
        }
        List<RawCell> kept = new ArrayList<>(Math.min(cells.size(), MAX_CELLS_PER_ROW));
        for (RawCell cell : cells) {
            if (kept.size() == MAX_CELLS_PER_ROW) {
                break;
            }
            kept.add(cell.text().length() > MAX_TEXT ? new RawCell(cell.column(), cell.text().substring(0, MAX_TEXT),
                    cell.kind()) : cell);
        }
        rows.put(rowNumber, List.copyOf(kept));
    }

    @Override
    public void mergedRegions(SheetInfo sheet, List<CellRange> regions) {
        if (current != null && current.equals(sheet)) {
            addCapped(merged, regions);
            return;
        }
        // Some readers report merged regions only after the sheet's end.
        for (int i = 0; i < sheets.size(); i++) {
            FilePreview.SheetPreview done = sheets.get(i);
            if (done.sheet().equals(sheet)) {
                List<CellRange> all = new ArrayList<>(done.merged());
                addCapped(all, regions);
                sheets.set(i, new FilePreview.SheetPreview(done.sheet(), done.rows(), all));
                return;
            }
        }
    }

    private static void addCapped(List<CellRange> merged, List<CellRange> regions) {
        for (CellRange region : regions) {
            if (merged.size() >= MAX_MERGED_REGIONS) {
                return;
            }
            merged.add(region);
        }
    }

    @Override
    public void endSheet(SheetInfo sheet) {
        finishSheet();
    }

    /** The preview of what was read so far (normally called after the reader has finished). */
    public FilePreview preview() {
        finishSheet();
        return new FilePreview(fileName, format, sheets, marker);
    }

    /** Names of hidden sheets that were not read. */
    public List<String> hiddenSheets() {
        return List.copyOf(hiddenSheets);
    }

    private void readMarkerRow(List<RawCell> cells) {
        if (marker.size() >= MAX_MARKER_ENTRIES || cells.size() < 2) {
            return;
        }
        RawCell key = cells.get(0);
        RawCell value = cells.get(1);
        if (key.column() == 0 && value.column() == 1 && key.kind() == CellKind.TEXT
                && key.text().length() <= MAX_MARKER_TEXT && value.text().length() <= MAX_MARKER_TEXT) {
            marker.putIfAbsent(key.text().trim(), value.text().trim());
        }
    }

    private void finishSheet() {
        if (current != null) {
            sheets.add(new FilePreview.SheetPreview(current, rows, merged));
        }
        current = null;
        readingMarker = false;
        rows = null;
        merged = null;
    }
}
