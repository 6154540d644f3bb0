package org.ddworkbench.model;

/** What a user concluded about a finding; disputed and false positive need a reason. */
public enum ReviewState {
    UNREVIEWED, CONFIRMED, DISPUTED, FALSE_POSITIVE;

    public boolean needsReason() {
        return this == DISPUTED || this == FALSE_POSITIVE;
    }
}
