package org.ddworkbench.report;

import java.nio.file.Path;
import org.ddworkbench.report.packet.AggregatePacket;

/**
 * A finished release.
 *
 * @param output the file written
 * @param sha256 the SHA-256 of the file, in hex, as the activity log and the receipt record it
 * @param receipt the receipt written beside the file
 * @param packet what the file holds
 * @param activitySeq the activity-log entry that records the release
 */
public record Release(Path output, String sha256, Path receipt, AggregatePacket packet, long activitySeq) {
}
