package org.ddworkbench.report.packet;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything a report releases, and nothing more: published values, suppression marks and reasons, the pack and
 * thresholds it was protected under and the noise it carries. Every export format and a federation merge is
 * written from this alone, so no raw value can reach a file.
 *
 * @param format the packet format version, {@link #FORMAT}
 * @param reportName the report's name as the user gave it
 * @param released the day of release (a date only, so the packet does not fingerprint the machine's clock)
 * @param pack the metric pack the figures were computed and protected under
 * @param disclosure the thresholds of disclosure control
 * @param privacy the differential-privacy parameters, or null when no noise was added
 * @param sources who contributed: one source for a single project's release, several for a merged packet
 * @param tables the released tables, in report order
 */
public record AggregatePacket(int format, String reportName, LocalDate released, PackReference pack,
        DisclosureParameters disclosure, PrivacyParameters privacy, List<PacketSource> sources,
        List<PacketTable> tables) {

    /** The packet format this build writes and reads. */
    public static final int FORMAT = 1;

    public AggregatePacket {
        Objects.requireNonNull(reportName, "reportName");
        Objects.requireNonNull(released, "released");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(disclosure, "disclosure");
        sources = List.copyOf(sources);
        tables = List.copyOf(tables);
    }

    /** Whether the figures carry differential-privacy noise. */
    public boolean noisy() {
        return privacy != null;
    }
}
