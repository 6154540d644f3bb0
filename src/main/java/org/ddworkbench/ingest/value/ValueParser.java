package org.ddworkbench.ingest.value;

import org.ddworkbench.ingest.read.RawCell;
import org.ddworkbench.model.Metric;

/** Turns raw cells into typed metric values, checked against the metric's type, range and allowed values. */
public interface ValueParser {

    /** Parses and validates one cell for {@code metric}. */
    Parsed parse(RawCell cell, Metric metric, ValueRules rules);

    /** Parses a date field (Excel date, ISO text, d/m/y text, Thai Buddhist years). */
    Parsed parseDate(RawCell cell);

    /** Parses a whole-number field (tier, counts), allowing thousands separators. */
    Parsed parseInteger(RawCell cell, int min, int max);

    /** Parses a yes/no field in the languages the workbench knows (English, Thai, French, 1/0, Y/N). */
    Parsed parseBoolean(RawCell cell, ValueRules rules);
}
