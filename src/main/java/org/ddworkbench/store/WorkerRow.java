package org.ddworkbench.store;

import java.time.LocalDate;
import java.util.List;

/**
 * One de-identified worker-level row as decoded from a chunk: provenance (import, sheet, row), supplier,
 * respondent pseudonym (or null), date, and one value per slot ({@code Double}, {@code Boolean},
 * {@code LocalDate}, {@code String}, or null when absent). The values array belongs to this row only.
 */
public record WorkerRow(long importId, String sheet, int row, long supplierId, String respondent, LocalDate observedOn,
        List<WorkerSlot> slots, Object[] values) {

    /** The value of {@code metricId} in this row, or null when absent or not a slot of this row. */
    public Object value(String metricId) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).metricId().equals(metricId)) {
                return values[i];
            }
        }
        return null;
    }

    /** Number of values present. */
    public int valueCount() {
        int count = 0;
        for (Object value : values) {
            if (value != null) {
                count++;
            }
        }
        return count;
    }
}
