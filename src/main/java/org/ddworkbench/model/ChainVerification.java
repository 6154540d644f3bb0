package org.ddworkbench.model;

/**
 * The result of re-computing an activity log's hash chain.
 *
 * @param firstBrokenSeq the first entry whose hash or link does not match, or 0 when intact
 */
public record ChainVerification(boolean intact, long entriesChecked, long firstBrokenSeq, String message) {
}
