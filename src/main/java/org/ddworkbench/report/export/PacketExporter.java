package org.ddworkbench.report.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.ddworkbench.report.packet.AggregatePacket;
import org.ddworkbench.report.packet.PacketCodec;

/**
 * Writes a released report in a chosen format from its aggregate packet alone, all at once or not at all, and
 * returns the SHA-256 of the file for the activity log and the receipt.
 */
public final class PacketExporter {
    private final Map<ExportFormat, PacketWriter> writers;

    /** An exporter with the workbench's writer for every format. */
    public PacketExporter() {
        this(Map.of(
                ExportFormat.CSV, new CsvPacketWriter(),
                ExportFormat.XLSX, new XlsxPacketWriter(),
                ExportFormat.PDF, new PdfPacketWriter(),
                ExportFormat.JSON, (packet, out) -> out.write(PacketCodec.write(packet))));
    }

    PacketExporter(Map<ExportFormat, PacketWriter> writers) {
        this.writers = new EnumMap<>(writers);
    }

    /**
     * Writes {@code packet} to {@code target} in {@code format}, replacing the file if it exists, and returns the
     * SHA-256 of what was written in lower-case hex. On failure no file and no temporary file is left behind.
     */
    public String export(AggregatePacket packet, ExportFormat format, Path target) throws IOException {
        PacketWriter writer = writers.get(format);
        if (writer == null) {
            throw new IllegalArgumentException("No writer for the " + format.extension() + " format.");
        }
        return AtomicFile.write(target, out -> writer.write(packet, out));
    }
}
