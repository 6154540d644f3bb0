package org.ddworkbench.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The cells one measure has collected, keyed by page, row and column label. With differential privacy each
 * contributor may add to at most {@code maxCells} cells (the first it reaches), which bounds how much one supplier
 * or worker can change the table.
 */
final class MeasureGrid {
    /** A cell's place by labels; the column is "" in a one-way table and the page null without pages. */
    record Key(String page, String row, String column) {
    }

    private final Measure measure;
    private final int maxCells;
    private final Map<Key, CellAccumulator> cells = new HashMap<>();
    private final Map<Long, Set<Key>> reached;

    /** A grid; {@code maxCells} of 0 leaves contributions unbounded (no noise is added). */
    MeasureGrid(Measure measure, int maxCells) {
        this.measure = measure;
        this.maxCells = maxCells;
        this.reached = maxCells > 0 ? new HashMap<>() : null;
    }

    Measure measure() {
        return measure;
    }

    /** The cell at {@code key} for {@code contributor}, or null when the contributor has reached its bound. */
    CellAccumulator cell(Key key, long contributor) {
        if (reached != null) {
            Set<Key> keys = reached.computeIfAbsent(contributor, c -> new HashSet<>());
            if (!keys.contains(key)) {
                if (keys.size() >= maxCells) {
                    return null;
                }
                keys.add(key);
            }
        }
        return cells.computeIfAbsent(key, k -> new CellAccumulator());
    }

    /** The cell at {@code key}, or null when nothing was added there. */
    CellAccumulator get(Key key) {
        return cells.get(key);
    }

    Set<Key> keys() {
        return cells.keySet();
    }
}
