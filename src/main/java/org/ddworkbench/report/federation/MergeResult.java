package org.ddworkbench.report.federation;

import java.util.List;
import java.util.Objects;
import org.ddworkbench.report.packet.AggregatePacket;

/**
 * A merged packet and what the merge could not combine or left out, in plain sentences.
 *
 * @param packet the merged packet, ready for {@link org.ddworkbench.report.packet.PacketCodec#write}
 * @param notes one sentence per table or total not combined and why, in the inputs' table order
 */
public record MergeResult(AggregatePacket packet, List<String> notes) {

    public MergeResult {
        Objects.requireNonNull(packet, "packet");
        notes = List.copyOf(notes);
    }
}
