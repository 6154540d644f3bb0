package org.ddworkbench.ui.reports;

/**
 * One line of the privacy-budget ledger as the Reports screen lists it.
 *
 * @param releasedAt when, in the user's time zone
 * @param epsilon the ε the release spent
 * @param report the report's name
 * @param covered what the release was about
 * @param outputSha256 the SHA-256 of the file written
 */
public record LedgerRow(String releasedAt, String epsilon, String report, String covered, String outputSha256) {
}
