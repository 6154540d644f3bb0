package org.ddworkbench.report;

/** A way to break a report's measures down into rows or columns. */
public enum ReportDimension {
    /** The supplier's ISO country code, or "Unknown". */
    COUNTRY("country"),
    /** The supplier's stored sector, trimmed, or "Unknown". */
    SECTOR("sector"),
    /** "Tier n" from the supplier's tier, or "Unknown". */
    TIER("tier"),
    /** The scheme of the supplier's latest audit, "Unknown" if it names none, or "No audit". */
    SCHEME("audit scheme"),
    /** The ILO indicator a finding points to; only with finding-based measures. */
    INDICATOR("indicator");

    /** The label of a supplier whose value for a dimension is not recorded. */
    public static final String UNKNOWN = "Unknown";
    /** The SCHEME label of a supplier that has no audit. */
    public static final String NO_AUDIT = "No audit";

    private final String noun;

    ReportDimension(String noun) {
        this.noun = noun;
    }

    /** The dimension in words, for table titles. */
    public String noun() {
        return noun;
    }
}
