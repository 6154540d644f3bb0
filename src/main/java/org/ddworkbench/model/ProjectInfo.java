package org.ddworkbench.model;

import java.time.Instant;

/** What a project says about itself: its name, when it was made, and the pack it uses. */
public record ProjectInfo(
        String name, Instant createdAt, String packId, String packVersion, String packFingerprint, String schemaVersion) {
}
