package org.ddworkbench.report.packet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.model.Sha256;

/**
 * Writes an {@link AggregatePacket} as JSON and reads one back strictly. Stateless: all methods are static and
 * safe to call from any thread.
 *
 * <p>A packet file is {@code {"type":"ddw-aggregate-packet","format":1,"contentSha256":"<hex>","content":{...}}},
 * written compactly on one line. The content is canonical: fields in the fixed order of the records, every field
 * present (absent values as {@code null}), dates as ISO {@code yyyy-MM-dd}, whole numbers below 2<sup>53</sup>
 * without a fraction and other numbers in Java's shortest round-trip form. {@code contentSha256} is the SHA-256 of
 * those content bytes in UTF-8, so writing the same packet twice gives the same hash, and a reader recomputes it
 * from what it read to tell whether the packet was changed after export (key order and white space do not count).
 */
public final class PacketCodec {
    /** The {@code type} of every packet file. */
    public static final String TYPE = "ddw-aggregate-packet";
    /** The largest packet file read: larger files are refused before parsing. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private static final JsonFactory JSON = new JsonFactory();
    /** Whole numbers up to 2^53 are exact as doubles, so they are written without a fraction. */
    private static final double EXACT_WHOLE = 9.007_199_254_740_992E15;

    private PacketCodec() {
    }

    /**
     * The packet as a file's bytes (UTF-8 JSON ending in a new line).
     *
     * @throws IllegalArgumentException if the packet breaks the rules a reader enforces (a programming error)
     */
    public static byte[] write(AggregatePacket packet) {
        byte[] content = canonicalContent(packet);
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 160);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("type", TYPE);
            json.writeNumberField("format", AggregatePacket.FORMAT);
            json.writeStringField("contentSha256", Sha256.hex(content));
            json.writeFieldName("content");
            json.writeRawValue(new String(content, StandardCharsets.UTF_8));
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** The SHA-256 of the packet's canonical content, in lower-case hex: the {@code contentSha256} of its file. */
    public static String contentSha256(AggregatePacket packet) {
        return Sha256.hex(canonicalContent(packet));
    }

    /**
     * Reads and checks a packet file. Files over {@link #MAX_FILE_BYTES} are refused unread.
     *
     * @throws ProblemException naming the file and the place in it when the file cannot be read, is not a packet
     *     of a format this version reads, breaks a rule, or was changed after it was exported
     */
    public static AggregatePacket read(Path file) throws ProblemException {
        String name = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ProblemException(name + ": the file is larger than " + MAX_FILE_BYTES / (1024 * 1024)
                        + " MB, too large for an aggregate packet");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProblemException(name + ": the file does not exist (" + file.toAbsolutePath() + ")", e);
        } catch (IOException e) {
            throw new ProblemException(name + ": the file could not be read (" + e.getClass().getSimpleName() + ")", e);
        }
        return read(bytes, name);
    }

    /**
     * Reads and checks a packet from bytes; {@code fileName} names it in messages.
     *
     * @throws ProblemException as {@link #read(Path)} does
     */
    public static AggregatePacket read(byte[] bytes, String fileName) throws ProblemException {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new ProblemException(fileName + ": the file is larger than " + MAX_FILE_BYTES / (1024 * 1024)
                    + " MB, too large for an aggregate packet");
        }
        PacketReader.Envelope envelope = PacketReader.read(fileName, bytes);
        AggregatePacket packet = envelope.packet();
        String problem = PacketChecks.problem(packet).orElse(null);
        if (problem != null) {
            throw new ProblemException(fileName + ": " + problem);
        }
        if (!contentSha256(packet).equals(envelope.contentSha256())) {
            throw new ProblemException(fileName + ": the content does not match its SHA-256 (the packet was changed"
                    + " after it was exported); ask its sender for a new export");
        }
        return packet;
    }

    private static byte[] canonicalContent(AggregatePacket packet) {
        if (packet.format() != AggregatePacket.FORMAT) {
            throw new IllegalArgumentException("This version writes packet format " + AggregatePacket.FORMAT
                    + ", not " + packet.format());
        }
        PacketChecks.problem(packet).ifPresent(problem -> {
            throw new IllegalArgumentException("The packet would not read back: " + problem);
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            writeContent(json, packet);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return out.toByteArray();
    }

    private static void writeContent(JsonGenerator json, AggregatePacket packet) throws IOException {
        json.writeStartObject();
        json.writeStringField("reportName", packet.reportName());
        json.writeStringField("released", packet.released().toString());
        json.writeObjectFieldStart("pack");
        json.writeStringField("id", packet.pack().id());
        json.writeStringField("version", packet.pack().version());
        json.writeStringField("fingerprint", packet.pack().fingerprint());
        json.writeEndObject();
        json.writeObjectFieldStart("disclosure");
        json.writeNumberField("minCellSize", packet.disclosure().minCellSize());
        number(json, "dominanceShare", packet.disclosure().dominanceShare());
        json.writeEndObject();
        json.writeFieldName("privacy");
        if (packet.privacy() == null) {
            json.writeNull();
        } else {
            json.writeStartObject();
            number(json, "epsilon", packet.privacy().epsilon());
            json.writeNumberField("maxCellsPerContributor", packet.privacy().maxCellsPerContributor());
            json.writeStringField("method", packet.privacy().method());
            json.writeEndObject();
        }
        json.writeArrayFieldStart("sources");
        for (PacketSource source : packet.sources()) {
            json.writeStartObject();
            json.writeStringField("organisation", source.organisation());
            json.writeStringField("releaseId", source.releaseId());
            json.writeStringField("contentSha256", source.contentSha256());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("tables");
        for (PacketTable table : packet.tables()) {
            writeTable(json, table);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeTable(JsonGenerator json, PacketTable table) throws IOException {
        json.writeStartObject();
        json.writeStringField("measure", table.measure());
        json.writeStringField("title", table.title());
        json.writeStringField("unit", table.unit());
        json.writeStringField("page", table.page());
        json.writeStringField("rowDimension", table.rowDimension());
        json.writeStringField("columnDimension", table.columnDimension());
        strings(json, "rowLabels", table.rowLabels());
        strings(json, "columnLabels", table.columnLabels());
        json.writeBooleanField("additive", table.additive());
        json.writeArrayFieldStart("cells");
        for (PacketCell cell : table.cells()) {
            json.writeStartObject();
            json.writeNumberField("row", cell.row());
            json.writeNumberField("column", cell.column());
            json.writeFieldName("value");
            if (cell.value() == null) {
                json.writeNull();
            } else {
                number(json, cell.value());
            }
            json.writeStringField("mark", cell.mark());
            json.writeStringField("reason", cell.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeFieldName("noise");
        NoiseParameters noise = table.noise();
        if (noise == null) {
            json.writeNull();
        } else {
            json.writeStartObject();
            json.writeStringField("mechanism", noise.mechanism());
            number(json, "epsilon", noise.epsilon());
            number(json, "sensitivity", noise.sensitivity());
            number(json, "standardDeviation", noise.standardDeviation());
            number(json, "halfWidth95", noise.halfWidth95());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void number(JsonGenerator json, String field, double value) throws IOException {
        json.writeFieldName(field);
        number(json, value);
    }

    private static void number(JsonGenerator json, double value) throws IOException {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("A packet holds finite numbers only, not " + value);
        }
        if (value == Math.rint(value) && Math.abs(value) < EXACT_WHOLE) {
            json.writeNumber((long) value);
        } else {
            json.writeNumber(value);
        }
    }
}
