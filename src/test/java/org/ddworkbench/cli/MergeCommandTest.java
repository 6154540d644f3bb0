package org.ddworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.ddworkbench.cli.CliHarness.Result;
import org.ddworkbench.report.packet.AggregatePacket;
import org.ddworkbench.report.packet.PackReference;
import org.ddworkbench.report.packet.PacketCodec;
import org.ddworkbench.report.packet.PacketTable;
import org.ddworkbench.report.packet.SamplePackets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ddw merge} combines packet files without any project or passphrase, or refuses in one line. */
class MergeCommandTest {
    @TempDir
    Path temp;
    private CliHarness cli;
    private Path a;
    private Path b;

    @BeforeEach
    void writePackets() throws Exception {
        cli = new CliHarness(temp.resolve("home"));
        a = write("buyer-a.json", SamplePackets.packet("Buyer A", "release-a", flagged(12, 7)));
        b = write("buyer-b.json", SamplePackets.packet("Buyer B", "release-b", flagged(8, 6)));
    }

    @Test
    void twoPacketsMergeIntoAFileThatReadsBack() throws Exception {
        Path out = temp.resolve("combined.json");

        Result result = cli.run(null, "merge", "--out", out.toString(), "--name", "Partnership 2025",
                a.toString(), b.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        AggregatePacket merged = PacketCodec.read(out);
        assertThat(merged.reportName()).isEqualTo("Partnership 2025");
        assertThat(merged.tables().get(0).cells().get(0).value()).isEqualTo(20);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(out)));
        assertThat(result.out()).contains("Merged 2 packets from 2 organisations (Buyer A, Buyer B) under pack"
                + " forced-labour-core 1.1.0.", "Tables combined: 1", "(SHA-256 " + sha256 + ")");
    }

    @Test
    void packetsOfDifferentPacksAreRefusedInOneLineAndNothingIsWritten() throws Exception {
        AggregatePacket other = SamplePackets.packet("Buyer B", "release-b", flagged(8, 6));
        Path c = write("buyer-c.json", new AggregatePacket(1, other.reportName(), other.released(),
                new PackReference("forced-labour-core", "1.2.0", "c".repeat(64)), other.disclosure(), null,
                other.sources(), other.tables()));
        Path out = temp.resolve("combined.json");

        Result result = cli.run(null, "merge", "--out", out.toString(), a.toString(), c.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).startsWith("ddw: buyer-c.json uses pack forced-labour-core 1.2.0")
                .contains("packets combine only under the same pack");
        assertThat(out).doesNotExist();
    }

    @Test
    void aChangedPacketIsRefusedNamingItsFile() throws Exception {
        String text = Files.readString(b).replaceFirst("\"value\":8,", "\"value\":80,");
        Files.writeString(b, text, StandardCharsets.UTF_8);

        Result result = cli.run(null, "merge", "--out", temp.resolve("combined.json").toString(), a.toString(),
                b.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly("ddw: buyer-b.json: the content does not match its SHA-256 (the"
                + " packet was changed after it was exported); ask its sender for a new export");
    }

    @Test
    void oneFileThatIsNotAPacketIsRefusedWithoutAStackTrace() throws Exception {
        Path junk = Files.writeString(temp.resolve("notes.json"), "{\"hello\": [1, 2");

        Result result = cli.run(null, "merge", "--out", temp.resolve("combined.json").toString(), a.toString(),
                junk.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString().startsWith("ddw: notes.json: ");
    }

    @Test
    void theOutputOptionIsRequired() {
        Result result = cli.run(null, "merge", a.toString(), b.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--out");
    }

    private static PacketTable flagged(double brazilDebt, double brazilOvertime) {
        return SamplePackets.flagged(List.of("Brazil")).values(new double[] {brazilDebt, brazilOvertime}).build();
    }

    private Path write(String name, AggregatePacket packet) throws Exception {
        return Files.write(temp.resolve(name), PacketCodec.write(packet));
    }
}
