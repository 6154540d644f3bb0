package org.ddworkbench.ingest.map;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ddworkbench.ingest.read.CellKind;
import org.ddworkbench.ingest.read.CellRange;
import org.ddworkbench.ingest.read.RawCell;

/**
 * Finds a sheet's header row, below any title and blank rows: the first row with (nearly) the most
 * label-like text cells, mostly distinct, with data below it. Header texts take in merged cells: a parent
 * header merged over several columns prefixes each sub-header ("Wages" over "Paid on time").
 */
final class HeaderRows {
    /** Header rows are looked for among this many rows at the top of a sheet. */
    private static final int SEARCH_ROWS = 30;
    private static final int MAX_LABEL_LENGTH = 250;
    private static final double NEAR_MOST = 0.8;
    private static final double MOSTLY = 0.6;

    private HeaderRows() {
    }

    /** A header row: one-based row number and the header text of each column. */
    record Header(int row, SortedMap<Integer, String> texts) {
    }

    static Optional<Header> detect(FilePreview.SheetPreview sheet) {
        TreeMap<Integer, List<RawCell>> rows = sorted(sheet);
        int best = 0;
        int bestRow = 0;
        int searched = 0;
        Map<Integer, Integer> labelCounts = new TreeMap<>();
        for (Map.Entry<Integer, List<RawCell>> entry : rows.entrySet()) {
            if (searched++ >= SEARCH_ROWS) {
                break;
            }
            int labels = labelCount(entry.getValue());
            if (labels >= 2 && rows.higherKey(entry.getKey()) != null) {
                labelCounts.put(entry.getKey(), labels);
                if (labels > best) {
                    best = labels;
                    bestRow = entry.getKey();
                }
            }
        }
        if (best == 0) {
            return Optional.empty();
        }
        for (Map.Entry<Integer, Integer> entry : labelCounts.entrySet()) {
            if (entry.getValue() >= Math.max(2, NEAR_MOST * best)) {
                bestRow = entry.getKey();
                break;
            }
        }
        // A row of parent headers merged across columns sits above the real header row.
        while (hasHorizontalMerge(sheet, bestRow) && labelCounts.getOrDefault(bestRow + 1, 0) >= 2
                && allText(sheet.rows().get(bestRow + 1))) {
            bestRow++;
        }
        return Optional.of(new Header(bestRow, texts(sheet, bestRow)));
    }

    private static boolean allText(List<RawCell> cells) {
        return cells.stream().allMatch(cell -> cell.kind() == CellKind.TEXT);
    }

    private static boolean hasHorizontalMerge(FilePreview.SheetPreview sheet, int row) {
        return sheet.merged().stream().anyMatch(region -> region.firstRow() <= row && region.lastRow() >= row
                && region.lastColumn() > region.firstColumn());
    }

    /** The header texts of {@code row}, completed from merged cells above and across. */
    static SortedMap<Integer, String> texts(FilePreview.SheetPreview sheet, int row) {
        SortedMap<Integer, String> texts = new TreeMap<>();
        if (row <= 0) {
            return texts;
        }
        for (RawCell cell : sheet.rows().getOrDefault(row, List.of())) {
            texts.put(cell.column(), cell.text());
        }
        Set<Integer> fromAbove = new HashSet<>();
        for (CellRange region : sheet.merged()) {
            // A header cell merged down from a row above (a "Respondent" spanning two header rows).
            if (region.firstRow() < row && region.lastRow() >= row && !texts.containsKey(region.firstColumn())) {
                String text = text(sheet, region.firstRow(), region.firstColumn());
                if (!text.isEmpty()) {
                    texts.put(region.firstColumn(), text);
                    fromAbove.add(region.firstColumn());
                }
            }
        }
        if (isGroupRow(sheet, row - 1, texts)) {
            for (CellRange region : sheet.merged()) {
                if (region.lastRow() != row - 1 || region.lastColumn() == region.firstColumn()) {
                    continue;
                }
                String parent = text(sheet, region.firstRow(), region.firstColumn());
                for (int column = region.firstColumn(); column <= region.lastColumn() && !parent.isEmpty(); column++) {
                    String sub = texts.get(column);
                    if (sub != null && !fromAbove.contains(column)) {
                        texts.put(column, parent + " " + sub);
                    }
                }
            }
        }
        return texts;
    }

    static TreeMap<Integer, List<RawCell>> sorted(FilePreview.SheetPreview sheet) {
        return new TreeMap<>(sheet.rows());
    }

    static String text(FilePreview.SheetPreview sheet, int row, int column) {
        for (RawCell cell : sheet.rows().getOrDefault(row, List.of())) {
            if (cell.column() == column) {
                return cell.text();
            }
        }
        return "";
    }

    /**
     * Whether the row above the header groups its columns (several merged parents), rather than being a
     * title merged across the whole table.
     */
    private static boolean isGroupRow(FilePreview.SheetPreview sheet, int above, SortedMap<Integer, String> header) {
        List<RawCell> cells = sheet.rows().getOrDefault(above, List.of());
        if (cells.isEmpty() || header.isEmpty()) {
            return false;
        }
        if (cells.size() >= 2) {
            return true;
        }
        // A single cell at the table's left edge is a title, even when merged across only part of the table.
        return cells.get(0).column() > header.firstKey();
    }

    private static int labelCount(List<RawCell> cells) {
        int labels = 0;
        Set<String> distinct = new HashSet<>();
        for (RawCell cell : cells) {
            if (looksLikeLabel(cell)) {
                labels++;
                distinct.add(HeaderText.key(cell.text()));
            }
        }
        boolean mostlyLabels = labels >= MOSTLY * cells.size();
        boolean mostlyDistinct = distinct.size() >= NEAR_MOST * labels;
        return mostlyLabels && mostlyDistinct ? labels : 0;
    }

    private static boolean looksLikeLabel(RawCell cell) {
        if (cell.kind() != CellKind.TEXT || cell.text().length() > MAX_LABEL_LENGTH) {
            return false;
        }
        return cell.text().codePoints().anyMatch(Character::isLetter);
    }
}
