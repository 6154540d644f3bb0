package org.ddworkbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    @Test
    void packetFilesOpenedFromTheDesktopAreToldApartFromCommands() throws Exception {
        Path packet = Files.writeString(dir.resolve("buyer-a.ddwpacket"), "{}");
        Path other = Files.writeString(dir.resolve("Buyer-B.DDWPACKET"), "{}");

        assertThat(Main.arePacketFiles(new String[] {packet.toString(), other.toString()})).isTrue();
        assertThat(Main.arePacketFiles(new String[] {"sample"})).isFalse();
        assertThat(Main.arePacketFiles(new String[] {dir.resolve("missing.ddwpacket").toString()})).isFalse();
        assertThat(Main.arePacketFiles(new String[] {packet.toString(), "--debug"})).isFalse();
    }
}
