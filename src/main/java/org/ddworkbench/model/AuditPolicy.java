package org.ddworkbench.model;

/**
 * What the pack expects of a credible audit.
 *
 * @param maxAgeMonths an audit older than this is stale
 * @param minInterviewShare the minimum share (0 to 1) of workers interviewed
 * @param unannouncedExpected whether announced-only audits are a quality signal
 */
public record AuditPolicy(int maxAgeMonths, double minInterviewShare, boolean unannouncedExpected) {
}
