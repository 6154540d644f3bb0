package org.ddworkbench.model;

import java.time.Instant;

/**
 * One differentially private release in a project's privacy-budget ledger.
 *
 * @param covered what the release was about, in plain words (dimensions, measures, period)
 * @param outputSha256 SHA-256 of the file the release wrote
 */
public record PrivacyRelease(
        long id, Instant releasedAt, double epsilon, String reportName, String covered, String outputSha256) {
}
