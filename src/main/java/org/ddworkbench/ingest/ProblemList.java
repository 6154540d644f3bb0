package org.ddworkbench.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of one pass over a file: the first {@value #MAX_LISTED} in full, all of them counted,
 * and which rows of which sheet had one (for skipping and the skipped-rows record).
 */
final class ProblemList {
    static final int MAX_LISTED = 1_000;
    static final int MAX_VALUE_LENGTH = 200;

    private final String fileName;
    private final boolean hideValues;
    private final List<ImportProblem> listed = new ArrayList<>();
    private final Map<String, BitSet> invalidRows = new LinkedHashMap<>();
    private long count;

    /** @param hideValues true for worker-level files, whose cell values are never shown or exported */
    ProblemList(String fileName, boolean hideValues) {
        this.fileName = fileName;
        this.hideValues = hideValues;
    }

    /** Records a problem; row 0 concerns the whole sheet. {@code value} is dropped for worker-level files. */
    void add(String sheet, int row, String column, String value, String reason) {
        count++;
        if (row > 0) {
            invalidRows.computeIfAbsent(sheet, s -> new BitSet()).set(row);
        }
        if (listed.size() < MAX_LISTED) {
            listed.add(new ImportProblem(fileName, sheet, row, column, shown(value), reason));
        }
    }

    /** Marks a row invalid without a problem of its own (it depends on one reported elsewhere). */
    void invalidate(String sheet, int row) {
        invalidRows.computeIfAbsent(sheet, s -> new BitSet()).set(row);
    }

    boolean isInvalid(String sheet, int row) {
        BitSet rows = invalidRows.get(sheet);
        return rows != null && rows.get(row);
    }

    long count() {
        return count;
    }

    List<ImportProblem> listed() {
        return List.copyOf(listed);
    }

    int invalidRowCount() {
        return invalidRows.values().stream().mapToInt(BitSet::cardinality).sum();
    }

    /** Invalid row numbers per sheet, at most {@code max} in all. */
    Map<String, List<Integer>> invalidRows(int max) {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        int left = max;
        for (Map.Entry<String, BitSet> e : invalidRows.entrySet()) {
            List<Integer> numbers = new ArrayList<>();
            for (int r = e.getValue().nextSetBit(0); r >= 0 && left > 0; r = e.getValue().nextSetBit(r + 1)) {
                numbers.add(r);
                left--;
            }
            rows.put(e.getKey(), numbers);
        }
        return rows;
    }

    private String shown(String value) {
        if (hideValues || value == null) {
            return "";
        }
        return value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH);
    }
}
