package org.ddworkbench.report.federation;

import java.util.Objects;
import org.ddworkbench.report.packet.AggregatePacket;

/**
 * A packet to merge with the name of the file it came from, which every message and note uses to point at it.
 *
 * @param fileName the file's name as the user knows it, such as {@code buyer-a.json}
 * @param packet the packet read from it
 */
public record NamedPacket(String fileName, AggregatePacket packet) {

    public NamedPacket {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(packet, "packet");
    }
}
