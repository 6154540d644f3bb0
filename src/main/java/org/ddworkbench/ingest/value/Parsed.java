package org.ddworkbench.ingest.value;

/**
 * The outcome of parsing one cell against a metric or field: a typed value, or the reason it is invalid.
 * Values are {@code Double} (number, integer, percent 0..100), {@code Boolean}, {@code java.time.LocalDate}
 * or {@code String} (choice: the canonical allowed value; text).
 */
public sealed interface Parsed {

    record Ok(Object value) implements Parsed {
    }

    /** @param reason plain English, without the cell's value, e.g. "above the maximum of 168 hours-per-week" */
    record Invalid(String reason) implements Parsed {
    }
}
