package org.ddworkbench.proof.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.report.packet.AggregatePacket;
import org.ddworkbench.report.packet.PacketCodec;

/**
 * Coverage-guided fuzzing of the aggregate packet reader: whatever the bytes, reading ends in a packet (which writes
 * back and reads equal) or a {@link ProblemException}, never another exception, a hang or running out of memory.
 */
class PacketCodecFuzzer {

    @FuzzTest(maxDuration = "15s")
    @DictionaryEntries({"\"type\"", "\"ddw-aggregate-packet\"", "\"format\"", "\"contentSha256\"", "\"content\"",
        "\"reportName\"", "\"released\"", "\"pack\"", "\"fingerprint\"", "\"disclosure\"", "\"minCellSize\"",
        "\"dominanceShare\"", "\"privacy\"", "\"epsilon\"", "\"sources\"", "\"tables\"", "\"cells\"", "\"row\"",
        "\"column\"", "\"value\"", "\"mark\"", "\"noise\"", "\"rowLabels\"", "\"columnLabels\"", "\"additive\"",
        "\"published\"", "null", "true", "1e400", "-0"})
    void readsAPacketOrRefusesIt(byte[] bytes) {
        AggregatePacket packet;
        try {
            packet = PacketCodec.read(bytes, "fuzzed.json");
        } catch (ProblemException expected) {
            return;
        }
        try {
            assertThat(PacketCodec.read(PacketCodec.write(packet), "rewritten.json")).isEqualTo(packet);
        } catch (ProblemException e) {
            throw new AssertionError("a packet that was read does not read back after writing: " + e.getMessage(), e);
        }
    }
}
