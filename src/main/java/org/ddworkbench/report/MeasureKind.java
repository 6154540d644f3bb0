package org.ddworkbench.report;

/** What a report table counts; every kind protects suppliers, so its contributors are distinct suppliers. */
public enum MeasureKind {
    /** The number of suppliers. */
    SUPPLIERS("Suppliers", false, true),
    /** The number of suppliers with at least one open, counting finding. */
    FLAGGED_SUPPLIERS("Flagged suppliers", true, true),
    /** The number of open findings not reviewed as false positives. */
    OPEN_FINDINGS("Open findings", true, false),
    /** The number of corrective actions open or in progress. */
    ACTIONS_OPEN("Open corrective actions", false, false),
    /** The number of open corrective actions past their due date. */
    ACTIONS_OVERDUE("Overdue corrective actions", false, false);

    private final String title;
    private final boolean findingBased;
    private final boolean countsSuppliers;

    MeasureKind(String title, boolean findingBased, boolean countsSuppliers) {
        this.title = title;
        this.findingBased = findingBased;
        this.countsSuppliers = countsSuppliers;
    }

    /** The measure's name as a table title starts. */
    public String title() {
        return title;
    }

    /** Whether the measure is built from findings, which alone carry indicators and severities. */
    public boolean findingBased() {
        return findingBased;
    }

    /** Whether a supplier adds one to a cell however many records it has there. */
    boolean countsSuppliers() {
        return countsSuppliers;
    }
}
