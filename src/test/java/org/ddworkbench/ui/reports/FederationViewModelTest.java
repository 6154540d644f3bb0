package org.ddworkbench.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.ddworkbench.report.federation.PacketMerger;
import org.ddworkbench.report.packet.AggregatePacket;
import org.ddworkbench.report.packet.DisclosureParameters;
import org.ddworkbench.report.packet.PackReference;
import org.ddworkbench.report.packet.PacketCell;
import org.ddworkbench.report.packet.PacketCodec;
import org.ddworkbench.report.packet.PacketSource;
import org.ddworkbench.report.packet.PacketTable;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.Fakes.RecordingDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Federation screen's state over packet files written at test time: open, merge, save, and refusals. */
class FederationViewModelTest {
    private static final String FINGERPRINT = "ab12cd34ef56" + "0".repeat(52);

    @TempDir
    Path dir;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final RecordingReportDialogs reportDialogs = new RecordingReportDialogs();
    private final FederationViewModel model = new FederationViewModel(new PacketMerger(), BackgroundRunner.inline(),
            dialogs, reportDialogs, Clock.fixed(Instant.parse("2025-09-01T08:00:00Z"), ZoneOffset.UTC));

    /** Flagged suppliers by country for one organisation: Thailand published, Viet Nam suppressed as small. */
    static AggregatePacket packet(String organisation, String releaseId, String fingerprint, double thailand) {
        PacketTable table = new PacketTable("flagged", "Flagged suppliers by country", "suppliers", null, "country",
                null, List.of("Thailand", "Viet Nam"), List.of("Flagged suppliers"), true,
                List.of(new PacketCell(0, 0, thailand, PacketCell.PUBLISHED, null),
                        new PacketCell(1, 0, null, "suppressed-small", "fewer than 5 suppliers")),
                null);
        return new AggregatePacket(AggregatePacket.FORMAT, "Flagged suppliers", LocalDate.of(2025, 8, 1),
                new PackReference("forced-labour-core", "1.0.0", fingerprint), new DisclosureParameters(5, 0.8), null,
                List.of(new PacketSource(organisation, releaseId, null)), List.of(table));
    }

    private Path write(String name, AggregatePacket packet) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, PacketCodec.write(packet));
        return file;
    }

    private void add(Path... files) {
        reportDialogs.nextPacketFiles = List.of(files);
        model.addPackets();
    }

    @Test
    void twoOrganisationsPacketsMergeIntoOneViewAndSaveAsAPacket() throws Exception {
        add(write("buyer-a.json", packet("Buyer A", "release-a", FINGERPRINT, 12)),
                write("buyer-b.json", packet("Buyer B", "release-b", FINGERPRINT, 9)));
        assertThat(model.packets()).extracting(PacketRow::organisation).containsExactly("Buyer A", "Buyer B");
        assertThat(model.packets().get(0).pack()).isEqualTo("forced-labour-core 1.0.0 (ab12cd34ef56)");

        model.nameProperty().set("Partnership 2025");
        model.merge();

        assertThat(dialogs.failures).isEmpty();
        AggregatePacket merged = model.mergedProperty().get().packet();
        assertThat(merged.reportName()).isEqualTo("Partnership 2025");
        PacketGrid grid = PacketGrid.of(merged.tables().get(0));
        assertThat(grid.rows().get(0).cells().get(0).text()).isEqualTo("21");
        assertThat(grid.rows().get(1).cells().get(0).text()).as("suppressed stays suppressed").isEqualTo("x");

        reportDialogs.nextSaveFile = dir.resolve("merged.json");
        model.saveMerged();
        assertThat(PacketCodec.read(dir.resolve("merged.json")).sources()).extracting(PacketSource::organisation)
                .containsExactly("Buyer A", "Buyer B");
        assertThat(model.messageProperty().get()).startsWith("Saved ").contains("SHA-256");
    }

    @Test
    void packetsOfDifferentPacksAreRefusedWithAReadableMessage() throws Exception {
        add(write("buyer-a.json", packet("Buyer A", "release-a", FINGERPRINT, 12)),
                write("other-pack.json", packet("Buyer C", "release-c", "ff".repeat(32), 4)));

        model.merge();

        assertThat(dialogs.failures).singleElement().asString().startsWith("Could not merge the packets: ")
                .contains("other-pack.json").doesNotContain("Exception");
        assertThat(model.mergedProperty().get()).isNull();
    }

    @Test
    void aFileThatIsNotAPacketIsExplainedAndNothingIsAdded() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.json"), "{\"hello\": 1}");

        add(write("buyer-a.json", packet("Buyer A", "release-a", FINGERPRINT, 12)), notes);

        assertThat(dialogs.failures).singleElement().asString().startsWith("Could not read the packet: ")
                .contains("notes.json");
        assertThat(model.packets()).isEmpty();
    }

    @Test
    void addingTheSameFileAgainReplacesItAndChangingTheListClearsTheMerge() throws Exception {
        Path a = write("buyer-a.json", packet("Buyer A", "release-a", FINGERPRINT, 12));
        add(a, write("buyer-b.json", packet("Buyer B", "release-b", FINGERPRINT, 9)));
        model.merge();
        assertThat(model.mergedProperty().get()).isNotNull();

        add(a);
        assertThat(model.packets()).hasSize(2);
        assertThat(model.mergedProperty().get()).isNull();

        model.selectedProperty().set(model.packets().get(0));
        model.removeSelected();
        assertThat(model.packets()).extracting(PacketRow::fileName).containsExactly("buyer-a.json");
    }
}
