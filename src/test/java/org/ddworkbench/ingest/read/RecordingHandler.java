package org.ddworkbench.ingest.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A row handler for tests that keeps everything it is given, per sheet name. */
class RecordingHandler implements RowHandler {
    final List<SheetInfo> offered = new ArrayList<>();
    final List<SheetInfo> ended = new ArrayList<>();
    final Map<String, Map<Integer, List<RawCell>>> rows = new LinkedHashMap<>();
    final Map<String, List<CellRange>> merged = new LinkedHashMap<>();
    private final Predicate<SheetInfo> accept;
    private String current;

    RecordingHandler() {
        this(sheet -> true);
    }

    RecordingHandler(Predicate<SheetInfo> accept) {
        this.accept = accept;
    }

    @Override
    public boolean startSheet(SheetInfo sheet) {
        offered.add(sheet);
        if (!accept.test(sheet)) {
            return false;
        }
        current = sheet.name();
        rows.put(current, new LinkedHashMap<>());
        return true;
    }

    @Override
    public void row(int rowNumber, List<RawCell> cells) {
        rows.get(current).put(rowNumber, List.copyOf(cells));
    }

    @Override
    public void mergedRegions(SheetInfo sheet, List<CellRange> regions) {
        merged.put(sheet.name(), List.copyOf(regions));
    }

    @Override
    public void endSheet(SheetInfo sheet) {
        ended.add(sheet);
    }

    Map<Integer, List<RawCell>> rowsOf(String sheet) {
        return rows.get(sheet);
    }

    /** The one cell of {@code sheet} at {@code row} and {@code column}, or null. */
    RawCell cell(String sheet, int row, int column) {
        List<RawCell> cells = rows.get(sheet).get(row);
        if (cells == null) {
            return null;
        }
        return cells.stream().filter(c -> c.column() == column).findFirst().orElse(null);
    }
}
