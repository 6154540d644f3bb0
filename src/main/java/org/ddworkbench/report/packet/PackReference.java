package org.ddworkbench.report.packet;

import java.util.Objects;

/**
 * The metric pack behind a packet; packets combine only when their fingerprints are equal.
 *
 * @param id the pack's id
 * @param version the pack's version
 * @param fingerprint the SHA-256 of the pack's canonical JSON, in lower-case hex
 */
public record PackReference(String id, String version, String fingerprint) {

    public PackReference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
