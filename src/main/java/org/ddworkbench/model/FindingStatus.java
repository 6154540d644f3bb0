package org.ddworkbench.model;

/** Whether the condition of a finding still holds at the last check. */
public enum FindingStatus {
    OPEN,
    /** The last check no longer found the condition; the finding keeps the reason. */
    CLOSED
}
