package org.ddworkbench.report.federation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.report.packet.AggregatePacket;
import org.ddworkbench.report.packet.PackReference;
import org.ddworkbench.report.packet.PacketSource;
import org.ddworkbench.report.packet.PacketTable;

/**
 * Refuses a set of packets that cannot be merged honestly: too few, computed under different packs, holding the
 * same organisation's data twice, or breaking one measure down in different ways.
 */
final class MergeChecks {

    private MergeChecks() {
    }

    /**
     * Checks the packets, whose content hashes are {@code hashes} in the same order.
     *
     * @throws ProblemException naming the files concerned
     */
    static void check(List<NamedPacket> packets, List<String> hashes) throws ProblemException {
        if (packets.size() < 2) {
            throw new ProblemException("Merging needs at least two packets; got " + packets.size()
                    + (packets.size() == 1 ? " (" + packets.get(0).fileName() + ")." : "."));
        }
        samePack(packets);
        for (int i = 0; i < packets.size(); i++) {
            for (int j = i + 1; j < packets.size(); j++) {
                disjoint(packets.get(i), hashes.get(i), packets.get(j), hashes.get(j));
            }
        }
        sameBreakdowns(packets);
    }

    private static void samePack(List<NamedPacket> packets) throws ProblemException {
        NamedPacket first = packets.get(0);
        for (NamedPacket other : packets.subList(1, packets.size())) {
            if (!other.packet().pack().fingerprint().equals(first.packet().pack().fingerprint())) {
                throw new ProblemException(other.fileName() + " uses " + describe(other.packet().pack()) + " but "
                        + first.fileName() + " uses " + describe(first.packet().pack())
                        + "; packets combine only under the same pack.");
            }
        }
    }

    private static String describe(PackReference pack) {
        return "pack " + pack.id() + " " + pack.version() + " (fingerprint " + shortHash(pack.fingerprint()) + ")";
    }

    private static void disjoint(NamedPacket a, String hashA, NamedPacket b, String hashB) throws ProblemException {
        if (hashA.equals(hashB)) {
            throw new ProblemException(a.fileName() + " and " + b.fileName() + " are the same packet (content SHA-256 "
                    + shortHash(hashA) + "); each packet can be merged only once.");
        }
        if (contains(a.packet(), hashB)) {
            throw new ProblemException(a.fileName() + " already contains " + b.fileName()
                    + "; merging them would count its figures twice.");
        }
        if (contains(b.packet(), hashA)) {
            throw new ProblemException(b.fileName() + " already contains " + a.fileName()
                    + "; merging them would count its figures twice.");
        }
        for (PacketSource source : a.packet().sources()) {
            for (PacketSource other : b.packet().sources()) {
                if (source.releaseId().equals(other.releaseId())) {
                    throw new ProblemException(a.fileName() + " and " + b.fileName() + " both hold figures from the"
                            + " same project (" + source.organisation() + ", release " + source.releaseId()
                            + "); merging them would count its data twice.");
                }
            }
        }
    }

    private static boolean contains(AggregatePacket packet, String contentSha256) {
        return packet.sources().stream().anyMatch(source -> contentSha256.equals(source.contentSha256()));
    }

    /** A measure may be broken down only one way across packets, or its tables would silently not combine. */
    private static void sameBreakdowns(List<NamedPacket> packets) throws ProblemException {
        Map<String, Breakdown> first = new HashMap<>();
        for (NamedPacket packet : packets) {
            for (PacketTable table : packet.packet().tables()) {
                Breakdown breakdown = new Breakdown(packet.fileName(), table.rowDimension(), table.columnDimension());
                Breakdown seen = first.putIfAbsent(table.measure(), breakdown);
                if (seen != null && !seen.fileName().equals(packet.fileName()) && !seen.sameAs(breakdown)) {
                    throw new ProblemException(seen.fileName() + " breaks " + PacketMerger.name(table) + " ("
                            + table.measure() + ") down by " + seen + " but " + packet.fileName() + " by "
                            + breakdown + "; tables of one measure combine only with the same breakdown.");
                }
            }
        }
    }

    static String shortHash(String sha256) {
        return sha256.length() > 12 ? sha256.substring(0, 12) + "..." : sha256;
    }

    /** The dimensions one packet breaks a measure down by. */
    private record Breakdown(String fileName, String rowDimension, String columnDimension) {
        boolean sameAs(Breakdown other) {
            return rowDimension.equals(other.rowDimension) && Objects.equals(columnDimension, other.columnDimension);
        }

        @Override
        public String toString() {
            return columnDimension == null ? rowDimension : rowDimension + " x " + columnDimension;
        }
    }
}
