package org.ddworkbench.ui.main;

import static org.ddworkbench.ui.I18n.tr;

/** The screens of an open project, in navigation order. */
public enum Page {
    PROJECT("project", "Project"),
    DASHBOARD("dashboard", "Dashboard"),
    SUPPLIERS("suppliers", "Suppliers"),
    IMPORTS("imports", "Imports"),
    FINDINGS("findings", "Findings"),
    REPORTS("reports", "Reports"),
    PACK("pack", "Metric pack"),
    ACTIVITY("activity", "Activity"),
    FEDERATION("federation", "Federation");

    private final String key;
    private final String english;

    Page(String key, String english) {
        this.key = key;
        this.english = english;
    }

    /** The kebab-case name used in control ids, such as {@code nav-activity}. */
    public String key() {
        return key;
    }

    public String label() {
        return tr(english);
    }
}
