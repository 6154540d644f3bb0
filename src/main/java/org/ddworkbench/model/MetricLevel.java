package org.ddworkbench.model;

/** Whom a metric's value describes, which decides the contributor counted by disclosure control. */
public enum MetricLevel {
    SUPPLIER, SITE, WORKER
}
