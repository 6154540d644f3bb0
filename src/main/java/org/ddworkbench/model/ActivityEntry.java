package org.ddworkbench.model;

import java.time.Instant;

/**
 * One entry of a project's append-only, hash-chained activity log.
 *
 * @param seq position in the log, from 1
 * @param action a stable machine name such as {@code project.created} or {@code import.completed}
 * @param summary one readable sentence for the Activity screen; never holds imported values
 * @param detailJson parameters as a JSON object (counts, file hashes, parameters), never imported values
 * @param packFingerprint fingerprint of the metric pack in use when the entry was written
 * @param previousHash hash of the entry before (64 zeros for the first)
 * @param hash SHA-256 over this entry's fields and {@code previousHash}
 */
public record ActivityEntry(
        long seq,
        Instant at,
        String action,
        String summary,
        String detailJson,
        String packFingerprint,
        String previousHash,
        String hash) {
}
