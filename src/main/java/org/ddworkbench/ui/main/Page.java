package org.ddworkbench.ui.main;

import static org.ddworkbench.ui.I18n.tr;

/** The screens of an open project, in navigation order; only some of them work in this version. */
public enum Page {
    PROJECT("project", "Project", true),
    DASHBOARD("dashboard", "Dashboard", true),
    SUPPLIERS("suppliers", "Suppliers", true),
    IMPORTS("imports", "Imports", true),
    FINDINGS("findings", "Findings", true),
    REPORTS("reports", "Reports", false),
    PACK("pack", "Metric pack", true),
    ACTIVITY("activity", "Activity", true);

    private final String key;
    private final String english;
    private final boolean available;

    Page(String key, String english, boolean available) {
        this.key = key;
        this.english = english;
        this.available = available;
    }

    /** The kebab-case name used in control ids, such as {@code nav-activity}. */
    public String key() {
        return key;
    }

    public String label() {
        return tr(english);
    }

    /** Whether the screen works in this version; the others are shown disabled. */
    public boolean available() {
        return available;
    }
}
