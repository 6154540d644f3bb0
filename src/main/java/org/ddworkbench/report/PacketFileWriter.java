package org.ddworkbench.report;

import java.io.IOException;
import java.nio.file.Path;
import org.ddworkbench.report.export.ExportFormat;
import org.ddworkbench.report.packet.AggregatePacket;

/** Writes a packet as a file of one format, all at once or not at all, and returns the file's SHA-256. */
@FunctionalInterface
public interface PacketFileWriter {
    String write(AggregatePacket packet, ExportFormat format, Path target) throws IOException;
}
