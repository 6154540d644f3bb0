package org.ddworkbench.report.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.ddworkbench.report.packet.PacketCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketExporterTest {
    @TempDir
    Path folder;

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private Stream<Path> folderContent() throws IOException {
        return Files.list(folder);
    }

    @Test
    void everyFormatIsWrittenAndItsHashReturned() throws Exception {
        for (ExportFormat format : ExportFormat.values()) {
            Path target = folder.resolve("report." + format.extension());

            String hash = new PacketExporter().export(TestPackets.standard(), format, target);

            assertThat(hash).as(format.name()).isEqualTo(sha256(Files.readAllBytes(target)));
        }
        try (Stream<Path> files = folderContent()) {
            assertThat(files).hasSize(ExportFormat.values().length);
        }
    }

    @Test
    void theJsonFormatIsThePacketItself() throws Exception {
        Path target = folder.resolve("report.json");

        new PacketExporter().export(TestPackets.standard(), ExportFormat.JSON, target);

        assertThat(Files.readAllBytes(target)).isEqualTo(PacketCodec.write(TestPackets.standard()));
    }

    @Test
    void aWriterFailingMidwayLeavesNeitherTheFileNorATemporaryOne() throws IOException {
        PacketExporter failing = new PacketExporter(Map.of(ExportFormat.CSV, (packet, out) -> {
            out.write("Table,Page\n".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));

        assertThatThrownBy(() -> failing.export(TestPackets.standard(), ExportFormat.CSV,
                folder.resolve("report.csv"))).isInstanceOf(IOException.class).hasMessage("disk full");

        try (Stream<Path> files = folderContent()) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFailedExportLeavesAnEarlierFileAsItWas() throws IOException {
        Path target = Files.writeString(folder.resolve("report.xlsx"), "earlier export");
        PacketExporter failing = new PacketExporter(Map.of(ExportFormat.XLSX, (packet, out) -> {
            out.write(new byte[4096]);
            throw new IllegalStateException("the writer broke");
        }));

        assertThatThrownBy(() -> failing.export(TestPackets.standard(), ExportFormat.XLSX, target))
                .isInstanceOf(IllegalStateException.class);

        assertThat(Files.readString(target)).isEqualTo("earlier export");
        try (Stream<Path> files = folderContent()) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFolderThatDoesNotExistIsRefusedWithoutCreatingIt() {
        Path target = folder.resolve("missing").resolve("report.pdf");

        assertThatThrownBy(() -> new PacketExporter().export(TestPackets.standard(), ExportFormat.PDF, target))
                .isInstanceOf(IOException.class).hasMessageContaining("missing");
        assertThat(target.getParent()).doesNotExist();
    }
}
