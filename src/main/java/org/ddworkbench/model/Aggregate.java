package org.ddworkbench.model;

/** How the values of one metric from one source are reduced to one figure for a cross-check. */
public enum Aggregate {
    /** The single value (supplier-level metrics); the latest when there are several. */
    VALUE, MEAN, MEDIAN, MIN, MAX, SUM, COUNT,
    /** The share (0 to 1) of boolean answers that are yes. */
    SHARE_TRUE
}
