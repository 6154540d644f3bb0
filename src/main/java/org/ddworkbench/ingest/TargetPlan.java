package org.ddworkbench.ingest;

import org.ddworkbench.ingest.map.Field;
import org.ddworkbench.ingest.map.TargetKind;
import org.ddworkbench.ingest.value.ValueRules;
import org.ddworkbench.model.Metric;

/**
 * Where one source column (table layouts) or question (long layouts) goes, resolved against the pack.
 *
 * @param header the header or question text as written, for problem messages and summaries
 * @param field the field for FIELD targets, else null
 * @param metric the metric for METRIC targets, else null
 * @param banded whether the value is a quasi-identifier stored only as a band (worker-level ages)
 * @param slot the worker-row slot the value goes to, or -1
 */
record TargetPlan(String header, TargetKind kind, Field field, Metric metric, ValueRules rules, boolean banded,
        int slot) {

    /** The column as problem lists show it: letters and header, e.g. {@code F "Weekly hours"}. */
    String label(int column) {
        return org.ddworkbench.ingest.read.RawCell.columnLetters(column) + " \"" + header + "\"";
    }
}
