package org.ddworkbench.proof.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.ddworkbench.proof.hostile.CorpusEntry.FileMaker;
import org.ddworkbench.proof.hostile.CorpusEntry.Route;
import org.ddworkbench.report.packet.AggregatePacket;
import org.ddworkbench.report.packet.PackReference;
import org.ddworkbench.report.packet.PacketCell;
import org.ddworkbench.report.packet.PacketCodec;
import org.ddworkbench.report.packet.SamplePackets;

/**
 * The corpus's bad aggregate packets: tampered, of another version, malformed, with impossible counts or cells,
 * nested or padded past the reader's limits, and packets that read but must not merge with a partner's.
 */
final class PacketCorpus {
    /** The partner's good packet that every bad packet is merged with. */
    static final String PARTNER = "partner-buyer-a.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<CorpusEntry> entries = new ArrayList<>();

    private PacketCorpus() {
    }

    static List<CorpusEntry> entries() {
        PacketCorpus corpus = new PacketCorpus();
        corpus.tampered();
        corpus.malformed();
        corpus.impossibleValues();
        corpus.unmergeable();
        return corpus.entries;
    }

    /** The partner's packet file. */
    static byte[] partner() {
        return PacketCodec.write(packet("Buyer A", "release-a", 12, SamplePackets.PACK));
    }

    private void tampered() {
        add("tampered", "packet-value-changed-after-export.json", "changed after it was exported",
                file -> Files.writeString(file, good().replace("\"value\":12,", "\"value\":13,")));
        add("tampered", "packet-hash-replaced.json", "changed after it was exported", file -> Files.writeString(file,
                good().replaceFirst("\"contentSha256\":\"[0-9a-f]{64}\"", "\"contentSha256\":\"" + "0".repeat(64) + "\"")));
        add("wrong version", "packet-format-2.json", "format 2", file -> Files.writeString(file,
                good().replace("\"format\":1,", "\"format\":2,")));
        add("wrong version", "packet-of-another-type.json", "not a Diligence Workbench aggregate packet",
                file -> Files.writeString(file, good().replace(PacketCodec.TYPE, "ddw-metric-pack")));
    }

    private void malformed() {
        add("malformed JSON", "packet-truncated.json", "truncated", file -> {
            byte[] whole = good().getBytes(StandardCharsets.UTF_8);
            Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        });
        add("malformed JSON", "packet-binary-junk.json", "not valid JSON", file -> {
            byte[] junk = new byte[4_000];
            new Random(11).nextBytes(junk);
            Files.write(file, junk);
        });
        add("malformed JSON", "packet-empty.json", "empty", file -> Files.write(file, new byte[0]));
        add("malformed JSON", "packet-duplicate-key.json", "appears twice", file -> Files.writeString(file,
                good().replaceFirst("\\{", "{\"format\":1,")));
        add("deep nesting", "packet-deeply-nested.json", "must be an object", file -> Files.writeString(file,
                good().replace("\"sources\":[", "\"sources\":[" + "[".repeat(100_000))));
        add("huge string", "packet-huge-report-name.json", "longer than", file -> Files.writeString(file,
                good().replace("\"reportName\":\"Supplier risk 2025\"", "\"reportName\":\"" + "r".repeat(5_000_000) + "\"")));
        add("huge file", "packet-over-twenty-megabytes.json", "larger than 20 MB", file -> {
            byte[] bytes = new byte[(int) PacketCodec.MAX_FILE_BYTES + 1];
            Arrays.fill(bytes, (byte) ' ');
            bytes[0] = '{';
            Files.write(file, bytes);
        });
    }

    private void impossibleValues() {
        add("NaN count", "packet-nan-count.json", "NaN", file -> Files.writeString(file,
                good().replace("\"value\":12,", "\"value\":NaN,")));
        add("huge count", "packet-count-beyond-double.json", "too large", file -> Files.writeString(file,
                good().replace("\"value\":12,", "\"value\":1e400,")));
        add("huge count", "packet-count-with-many-digits.json", "too many digits", file -> Files.writeString(file,
                good().replace("\"value\":12,", "\"value\":" + "9".repeat(500) + ",")));
        add("negative count", "packet-negative-count.json", "not negative", file -> Files.writeString(file,
                good().replace("\"value\":12,", "\"value\":-5,")));
        add("fractional count", "packet-count-with-a-fraction.json", "whole number", file -> Files.writeString(file,
                good().replace("\"value\":12,", "\"value\":12.5,")));
        add("huge count", "packet-count-beyond-two-to-the-53.json", "too large for an aggregate",
                file -> Files.writeString(file, good().replace("\"value\":12,", "\"value\":1e300,")));
        add("huge count", "packet-count-that-overflows-when-merged.json", "add up to more than a packet can hold",
                file -> Files.write(file, PacketCodec.write(packet("Buyer B", "release-b", PacketCell.MAX_MAGNITUDE,
                        SamplePackets.PACK))));
        add("duplicate cells", "packet-duplicate-cell.json", "more than once", file -> Files.writeString(file,
                withContent(content -> {
                    var cells = firstTable(content).withArray("cells");
                    cells.add(cells.get(0).deepCopy());
                })));
        add("bad cell", "packet-cell-outside-table.json", "outside the table", file -> Files.writeString(file,
                withContent(content -> ((ObjectNode) firstTable(content).withArray("cells").get(0))
                        .put("row", 99))));
    }

    private void unmergeable() {
        add("mismatched pack", "packet-other-pack-fingerprint.json", "pack", file -> Files.write(file,
                PacketCodec.write(packet("Buyer B", "release-b", 12, new PackReference("forced-labour-core", "1.1.0",
                        "f".repeat(64))))));
        add("same organisation", "packet-partner-sent-twice.json", "same", file -> Files.write(file, partner()));
    }

    private void add(String category, String name, String expected, FileMaker maker) {
        entries.add(new CorpusEntry(category, name, Route.PACKET, expected, maker));
    }

    private static AggregatePacket packet(String organisation, String release, double firstValue, PackReference pack) {
        AggregatePacket sample = SamplePackets.packet(organisation, release, SamplePackets.flagged(List.of("Brazil", "India"))
                .values(new double[] {firstValue, 7}, new double[] {9, 6}).build());
        return new AggregatePacket(sample.format(), sample.reportName(), sample.released(), pack, sample.disclosure(),
                sample.privacy(), sample.sources(), sample.tables());
    }

    /** Buyer B's good packet file as text. */
    private static String good() {
        return new String(PacketCodec.write(packet("Buyer B", "release-b", 12, SamplePackets.PACK)),
                StandardCharsets.UTF_8);
    }

    private static ObjectNode firstTable(ObjectNode content) {
        return (ObjectNode) content.withArray("tables").get(0);
    }

    /** Buyer B's packet with its content edited as a JSON tree (the hash is left as it was). */
    private static String withContent(Consumer<ObjectNode> edit) {
        try {
            ObjectNode file = (ObjectNode) JSON.readTree(good());
            edit.accept((ObjectNode) file.get("content"));
            return JSON.writeValueAsString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
