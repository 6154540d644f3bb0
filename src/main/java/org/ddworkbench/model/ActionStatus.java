package org.ddworkbench.model;

/** The life of a corrective action, with the SMETA corrective-action-plan status each maps to. */
public enum ActionStatus {
    OPEN("Open"), IN_PROGRESS("Progress made"), CLOSED("Closed"), VERIFIED("Closed");

    private final String smetaStatus;

    ActionStatus(String smetaStatus) {
        this.smetaStatus = smetaStatus;
    }

    /** The SMETA CAP status: open, progress made or closed. */
    public String smetaStatus() {
        return smetaStatus;
    }

    /** Whether work on the action is still expected. */
    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
