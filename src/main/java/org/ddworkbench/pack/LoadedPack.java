package org.ddworkbench.pack;

import org.ddworkbench.model.MetricPack;

/**
 * A metric pack as read and validated, with the canonical JSON its fingerprint is computed over.
 *
 * @param canonicalJson the pack in canonical form (sorted keys, no insignificant white space, normalised numbers)
 * @param fingerprint lower-case hex SHA-256 of {@code canonicalJson} in UTF-8
 */
public record LoadedPack(MetricPack pack, String canonicalJson, String fingerprint) {

    /** The first 12 characters of the fingerprint, for display. */
    public String shortFingerprint() {
        return fingerprint.substring(0, 12);
    }
}
