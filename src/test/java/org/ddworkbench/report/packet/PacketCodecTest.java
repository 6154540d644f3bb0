package org.ddworkbench.report.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.ddworkbench.model.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packets survive a write and a read unchanged, and a reader refuses anything else with the file and place. */
class PacketCodecTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE = "packet.json";

    @TempDir
    Path temp;

    static AggregatePacket realistic() {
        NoiseParameters laplace = new NoiseParameters("discrete Laplace", 0.5, 1, 2.8, 6.0);
        PacketTable flagged = SamplePackets.flagged(List.of("Brazil", "India", "Viet Nam"))
                .values(new double[] {12, 7, 19}, new double[] {0, 0, 30}, new double[] {25, 9, 34},
                        new double[] {40, 22, 83})
                .small(1, 0).small(1, 1).noise(laplace).page("2025").build();
        PacketTable hours = new SamplePackets.TableBuilder("metric:total_weekly_hours:median",
                "Median weekly hours by country", List.of("Brazil", "Côte d'Ivoire"), List.of("Median weekly hours"))
                .dimensions("country", null).unit("hours-per-week").notAdditive()
                .published(0, 0, 52.5).published(1, 0, 1.0E-7)
                .suppressed(0, 1, "suppressed-dominance", "one supplier holds most of the value").build();
        AggregatePacket packet = SamplePackets.packet("Buyer A", "0f3c9a2e-release", flagged, hours);
        return new AggregatePacket(packet.format(), packet.reportName(), packet.released(), packet.pack(),
                packet.disclosure(), new PrivacyParameters(1.0, 3, "discrete Laplace on counts"), packet.sources(),
                packet.tables());
    }

    @Test
    void aWrittenPacketReadsBackEqual() throws Exception {
        AggregatePacket packet = realistic();

        assertThat(PacketCodec.read(PacketCodec.write(packet), FILE)).isEqualTo(packet);
    }

    @Test
    void aPacketWrittenToAFileReadsBackEqual() throws Exception {
        Path file = Files.write(temp.resolve(FILE), PacketCodec.write(realistic()));

        assertThat(PacketCodec.read(file)).isEqualTo(realistic());
    }

    @Test
    void writingTwiceGivesTheSameBytesAndTheDeclaredHash() throws Exception {
        byte[] first = PacketCodec.write(realistic());
        byte[] second = PacketCodec.write(realistic());

        assertThat(second).isEqualTo(first);
        assertThat(JSON.readTree(first).get("contentSha256").asText())
                .isEqualTo(PacketCodec.contentSha256(realistic())).hasSize(64);
        assertThat(new String(first, StandardCharsets.UTF_8))
                .startsWith("{\"type\":\"ddw-aggregate-packet\",\"format\":1,\"contentSha256\":")
                .contains("\"released\":\"2025-07-01\"", "\"value\":12,", "\"value\":52.5,", "\"value\":1.0E-7,");
    }

    @Test
    void reformattingTheFileKeepsItsHashValid() throws Exception {
        byte[] pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(JSON.readTree(
                PacketCodec.write(realistic())));

        assertThat(PacketCodec.read(pretty, FILE)).isEqualTo(realistic());
    }

    @Test
    void aChangedValueIsRefusedAsChangedAfterExport() {
        String text = new String(PacketCodec.write(realistic()), StandardCharsets.UTF_8);
        String tampered = text.replaceFirst("\"value\":12,", "\"value\":13,");
        assertThat(tampered).isNotEqualTo(text);

        refused(tampered.getBytes(StandardCharsets.UTF_8))
                .hasMessageContaining("the packet was changed after it was exported");
    }

    @Test
    void aTruncatedFileIsRefusedAsTruncated() {
        byte[] whole = PacketCodec.write(realistic());
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);

        refused(truncated).hasMessageContaining("not valid JSON").hasMessageContaining("truncated");
    }

    @Test
    void binaryJunkIsRefusedWithoutEchoingIt() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        junk[0] = (byte) 0xC3;

        refused(junk).hasMessageContaining("not valid JSON").satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }

    @Test
    void anEmptyFileIsRefused() {
        refused(new byte[0]).hasMessage("packet.json: the file is empty");
    }

    @Test
    void aFileOfAnotherTypeIsRefused() {
        refused(edited(root -> root.put("type", "ddw-metric-pack")))
                .hasMessageContaining("not a Diligence Workbench aggregate packet")
                .hasMessageContaining("\"ddw-metric-pack\"");
    }

    @Test
    void otherJsonIsRefusedAsNotAPacket() {
        refused("{\"id\":\"forced-labour-core\",\"version\":\"1.1.0\"}".getBytes(StandardCharsets.UTF_8))
                .hasMessageContaining("not a Diligence Workbench aggregate packet")
                .hasMessageContaining("\"id\"");
    }

    @Test
    void aFutureFormatIsRefused() {
        refused(edited(root -> root.put("format", 99)))
                .hasMessage("packet.json: it uses packet format 99, but this version of Diligence Workbench reads"
                        + " format 1 only");
    }

    @Test
    void aCellOutsideItsTableIsRefusedNamingTheTable() {
        refused(edited(root -> cell(root, 0, 0).put("row", 7)))
                .hasMessageStartingWith("packet.json: table 1 (\"Flagged suppliers by country\"), cell 1 in its list:")
                .hasMessageContaining("outside the table");
    }

    @Test
    void aRepeatedCellIsRefusedNamingItsPosition() {
        refused(edited(root -> cell(root, 0, 1).put("column", 0)))
                .hasMessage("packet.json: table 1 (\"Flagged suppliers by country\"), cell at row 1 (\"Brazil\"),"
                        + " column 1 (\"Debt bondage\"): the cell appears more than once");
    }

    @Test
    void aPublishedCellWithoutAValueIsRefused() {
        refused(edited(root -> cell(root, 0, 2).putNull("value")))
                .hasMessage("packet.json: table 1 (\"Flagged suppliers by country\"), cell at row 1 (\"Brazil\"),"
                        + " the total column: a published cell must have a value");
    }

    @Test
    void aSuppressedCellWithAValueIsRefused() {
        refused(edited(root -> cell(root, 0, 10).put("value", 3)))
                .hasMessageContaining("cell at row 2 (\"India\"), column 1 (\"Debt bondage\"): a cell marked"
                        + " \"suppressed-small\" must have no value");
    }

    @Test
    void anUnknownMarkIsRefused() {
        refused(edited(root -> cell(root, 0, 10).put("mark", "hidden")))
                .hasMessageContaining("unknown mark \"hidden\"").hasMessageContaining("suppressed-complementary");
    }

    @Test
    void aNumberTooLargeForADoubleIsRefused() {
        String text = new String(PacketCodec.write(realistic()), StandardCharsets.UTF_8)
                .replaceFirst("\"value\":12,", "\"value\":1e999,");

        refused(text.getBytes(StandardCharsets.UTF_8)).hasMessageContaining("\"value\" is too large a number");
    }

    @Test
    void notANumberIsRefused() {
        String text = new String(PacketCodec.write(realistic()), StandardCharsets.UTF_8)
                .replaceFirst("\"value\":12,", "\"value\":NaN,");

        refused(text.getBytes(StandardCharsets.UTF_8)).hasMessageContaining("not valid JSON");
    }

    @Test
    void aMissingFieldIsRefusedNamingIt() {
        refused(edited(root -> ((ObjectNode) root.get("content").get("tables").get(1)).remove("unit")))
                .hasMessage("packet.json: table 2 (\"Median weekly hours by country\"): the field \"unit\" is missing");
    }

    @Test
    void aWrongTypedFieldIsRefusedNamingIt() {
        refused(edited(root -> ((ObjectNode) root.get("content").get("disclosure")).put("minCellSize", "five")))
                .hasMessage("packet.json: disclosure: \"minCellSize\" must be a whole number, not a text");
    }

    @Test
    void anUnknownFieldIsRefused() {
        refused(edited(root -> cell(root, 0, 0).put("supplier", "ACME Textiles")))
                .hasMessageContaining("unknown field \"supplier\"");
    }

    @Test
    void aDeeplyNestedFileIsRefusedWithoutParsingItDeep() {
        byte[] deep = ("[".repeat(200_000) + "]".repeat(200_000)).getBytes(StandardCharsets.UTF_8);

        refused(deep).hasMessageContaining("not a Diligence Workbench aggregate packet");
    }

    @Test
    void moreThanAThousandTablesAreRefused() {
        refused(edited(root -> {
            ArrayNode tables = (ArrayNode) root.get("content").get("tables");
            while (tables.size() <= 1_000) {
                tables.add(tables.get(1).deepCopy());
            }
        })).hasMessage("packet.json: tables: more than 1000 tables");
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedUnread() throws IOException {
        Path huge = temp.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(PacketCodec.MAX_FILE_BYTES + 1);
        }

        assertThatThrownBy(() -> PacketCodec.read(huge)).isInstanceOf(ProblemException.class)
                .hasMessage("huge.json: the file is larger than 20 MB, too large for an aggregate packet");
    }

    @Test
    void aMissingFileIsRefusedNamingIt() {
        assertThatThrownBy(() -> PacketCodec.read(temp.resolve("absent.json"))).isInstanceOf(ProblemException.class)
                .hasMessageStartingWith("absent.json: the file does not exist");
    }

    @Test
    void writingAPacketThatCouldNotBeReadBackFails() {
        PacketTable twice = SamplePackets.flagged(List.of("Brazil")).published(0, 0, 5).build();
        PacketTable repeated = new PacketTable(twice.measure(), twice.title(), twice.unit(), null, "country",
                "indicator", List.of("Brazil", "Brazil"), twice.columnLabels(), true, twice.cells(), null);

        assertThatThrownBy(() -> PacketCodec.write(SamplePackets.packet("Buyer A", "r1", repeated)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"Brazil\" appears more than once");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(byte[] bytes) {
        return assertThatThrownBy(() -> PacketCodec.read(bytes, FILE)).isInstanceOf(ProblemException.class)
                .hasMessageStartingWith(FILE + ": ").hasNoSuppressedExceptions()
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("\n"));
    }

    private static byte[] edited(Consumer<ObjectNode> edit) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(PacketCodec.write(realistic()));
            edit.accept(root);
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static ObjectNode cell(ObjectNode root, int table, int cell) {
        return (ObjectNode) root.get("content").get("tables").get(table).get("cells").get(cell);
    }
}
