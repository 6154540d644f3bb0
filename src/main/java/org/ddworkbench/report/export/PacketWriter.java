package org.ddworkbench.report.export;

import java.io.IOException;
import java.io.OutputStream;
import org.ddworkbench.report.packet.AggregatePacket;

/** Writes an aggregate packet in one file format; it reads nothing but the packet and never closes the stream. */
@FunctionalInterface
interface PacketWriter {
    void write(AggregatePacket packet, OutputStream out) throws IOException;
}
