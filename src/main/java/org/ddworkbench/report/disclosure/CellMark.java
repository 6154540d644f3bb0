package org.ddworkbench.report.disclosure;

/** What disclosure control decided for one cell or margin of a table. */
public enum CellMark {
    PUBLISHED,
    SUPPRESSED_SMALL,
    SUPPRESSED_DOMINANCE,
    SUPPRESSED_COMPLEMENTARY;

    public boolean isSuppressed() {
        return this != PUBLISHED;
    }
}
