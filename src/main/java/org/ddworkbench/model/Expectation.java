package org.ddworkbench.model;

/** What a cross-check expects of the self-assessed value compared with the observed one. */
public enum Expectation {
    /** Self-assessed equals observed within the tolerance. */
    EQUAL,
    /** Self-assessed is at least the observed value, less the tolerance. */
    AT_LEAST,
    /** Self-assessed is at most the observed value, plus the tolerance. */
    AT_MOST
}
