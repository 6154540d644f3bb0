package org.ddworkbench.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A way to break a report's measures down into rows, columns or pages. */
public enum ReportDimension {
    /** The supplier's ISO country code, or "Unknown". */
    COUNTRY("country", "country"),
    /** The supplier's stored sector, trimmed, or "Unknown". */
    SECTOR("sector", "sector"),
    /** "Tier n" from the supplier's tier, or "Unknown". */
    TIER("tier", "tier"),
    /** The scheme of the supplier's latest audit, "Unknown" if it names none, or "No audit". */
    SCHEME("scheme", "audit scheme"),
    /** The supplier's risk band under the pack's risk model (Low, Medium, ...), from its current risk score. */
    RISK_BAND("risk-band", "risk band"),
    /** The ILO indicator a finding or a worker's answer points to. */
    INDICATOR("indicator", "indicator"),
    /**
     * The calendar year of a record's date: a finding's as-of date, an answer's interview or observation date, a
     * corrective action's due date; "Undated" when it has none.
     */
    PERIOD("period", "period");

    /** The label of a supplier whose value for a dimension is not recorded. */
    public static final String UNKNOWN = "Unknown";
    /** The SCHEME label of a supplier that has no audit. */
    public static final String NO_AUDIT = "No audit";
    /** The PERIOD label of a record without a date. */
    public static final String UNDATED = "Undated";

    private final String key;
    private final String noun;

    ReportDimension(String key, String noun) {
        this.key = key;
        this.noun = noun;
    }

    /** The word users type and saved definitions store. */
    public String key() {
        return key;
    }

    /** The dimension in words, for table titles. */
    public String noun() {
        return noun;
    }

    /** Whether the dimension describes the supplier rather than the record. */
    boolean ofSupplier() {
        return this != INDICATOR && this != PERIOD;
    }

    /** The dimension a user names by its key; the message of the exception lists the choices. */
    public static ReportDimension parse(String word) {
        for (ReportDimension dimension : values()) {
            if (dimension.key.equals(word.strip().toLowerCase(Locale.ROOT))) {
                return dimension;
            }
        }
        throw new IllegalArgumentException("unknown dimension '" + word + "': use one of "
                + Arrays.stream(values()).map(ReportDimension::key).collect(Collectors.joining(", ")) + ".");
    }
}
