package org.ddworkbench.report.packet;

import java.util.Objects;

/**
 * One contributor to a packet. {@code releaseId} identifies the project a release came from without naming
 * it (a random identifier kept in the project), so the same organisation's data is never counted twice.
 *
 * @param organisation the label the releasing organisation chose, such as "Buyer A"; never a supplier's name
 * @param releaseId the releasing project's random identifier
 * @param contentSha256 the SHA-256 of the contributing packet's content, or null for an original release
 */
public record PacketSource(String organisation, String releaseId, String contentSha256) {

    public PacketSource {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(releaseId, "releaseId");
    }
}
