package org.ddworkbench.ui.reports;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.ddworkbench.report.federation.NamedPacket;
import org.ddworkbench.report.packet.AggregatePacket;
import org.ddworkbench.report.packet.PacketSource;

/**
 * A packet opened on the Federation screen, with what its list shows.
 *
 * @param file where it was read from
 * @param named the packet with its file name, as the merge takes it
 */
public record PacketRow(Path file, NamedPacket named) {

    public static PacketRow read(Path file, AggregatePacket packet) {
        return new PacketRow(file, new NamedPacket(String.valueOf(file.getFileName()), packet));
    }

    public String fileName() {
        return named.fileName();
    }

    /** The organisations that released it, such as "Buyer A" or, for a merged packet, several. */
    public String organisation() {
        return named.packet().sources().stream().map(PacketSource::organisation).distinct()
                .collect(Collectors.joining(", "));
    }

    public String report() {
        return named.packet().reportName();
    }

    /** The pack's id and version with the start of its fingerprint, which must match for a merge. */
    public String pack() {
        AggregatePacket packet = named.packet();
        return packet.pack().id() + " " + packet.pack().version() + " ("
                + packet.pack().fingerprint().substring(0, Math.min(12, packet.pack().fingerprint().length())) + ")";
    }

    public String released() {
        return named.packet().released().toString();
    }
}
