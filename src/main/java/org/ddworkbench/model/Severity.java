package org.ddworkbench.model;

/** The internal severity scale every scheme's audit finding scale is mapped to by the metric pack. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO
}
