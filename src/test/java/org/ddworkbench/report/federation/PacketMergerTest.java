package org.ddworkbench.report.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.report.packet.AggregatePacket;
import org.ddworkbench.report.packet.DisclosureParameters;
import org.ddworkbench.report.packet.NoiseParameters;
import org.ddworkbench.report.packet.PackReference;
import org.ddworkbench.report.packet.PacketCell;
import org.ddworkbench.report.packet.PacketCodec;
import org.ddworkbench.report.packet.PacketTable;
import org.ddworkbench.report.packet.PrivacyParameters;
import org.ddworkbench.report.packet.SamplePackets;
import org.junit.jupiter.api.Test;

/** Packets of several organisations under one pack combine into one; anything that would mislead is refused. */
class PacketMergerTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);
    private static final NoiseParameters LAPLACE_A = new NoiseParameters("discrete Laplace", 0.5, 1, 2.0, 4.5);
    private static final NoiseParameters LAPLACE_B = new NoiseParameters("discrete Laplace", 1.0, 1, 3.0, 6.5);

    private final PacketMerger merger = new PacketMerger();

    /** Buyer A: Brazil and India; India x debt bondage is small, so India x overtime is suppressed with it. */
    private static PacketTable buyerATable() {
        return SamplePackets.flagged(List.of("Brazil", "India"))
                .values(new double[] {12, 7, 19}, new double[] {0, 0, 11}, new double[] {16, 14, 30})
                .small(1, 0).suppressed(1, 1, "suppressed-complementary", "protects another suppressed cell")
                .build();
    }

    /** Buyer B: Viet Nam and Brazil, with Brazil x overtime small and Viet Nam x overtime protecting it. */
    private static PacketTable buyerBTable() {
        return SamplePackets.flagged(List.of("Viet Nam", "Brazil"))
                .values(new double[] {25, 9, 34}, new double[] {8, 0, 11}, new double[] {33, 12, 45})
                .small(1, 1).suppressed(0, 1, "suppressed-complementary", "protects another suppressed cell")
                .build();
    }

    private static PacketTable medianHours() {
        return new SamplePackets.TableBuilder("metric:total_weekly_hours:median", "Median weekly hours by country",
                List.of("Brazil"), List.of("Median weekly hours")).dimensions("country", null).notAdditive()
                .published(0, 0, 52).build();
    }

    private static AggregatePacket buyerA(PacketTable... tables) {
        return SamplePackets.packet("Buyer A", "release-a", tables);
    }

    private static AggregatePacket buyerB(PacketTable... tables) {
        return SamplePackets.packet("Buyer B", "release-b", tables);
    }

    private MergeResult merge(AggregatePacket a, AggregatePacket b) throws ProblemException {
        return merger.merge(List.of(new NamedPacket("a.json", a), new NamedPacket("b.json", b)), "Partnership", TODAY);
    }

    private static PacketCell cell(PacketTable table, int row, int column) {
        return table.cells().stream().filter(cell -> cell.row() == row && cell.column() == column).findFirst()
                .orElse(null);
    }

    @Test
    void countsAddUpCellByCellOverTheUnionOfLabels() throws Exception {
        PacketTable merged = merge(buyerA(buyerATable()), buyerB(buyerBTable())).packet().tables().get(0);

        assertThat(merged.rowLabels()).containsExactly("Brazil", "India", "Viet Nam");
        assertThat(merged.columnLabels()).containsExactly("Debt bondage", "Excessive overtime");
        assertThat(cell(merged, 0, 0).value()).isEqualTo(12 + 8);
        assertThat(cell(merged, 2, 0).value()).as("Viet Nam is only in b.json; a.json adds 0").isEqualTo(25);
        assertThat(cell(merged, 2, 1).reason()).isEqualTo("suppressed in b.json: protects another suppressed cell");
        assertThat(merged.additive()).isTrue();
    }

    @Test
    void aCellSuppressedInEitherPacketStaysSuppressedWithItsReason() throws Exception {
        PacketTable merged = merge(buyerA(buyerATable()), buyerB(buyerBTable())).packet().tables().get(0);

        PacketCell brazilOvertime = cell(merged, 0, 1);
        assertThat(brazilOvertime.suppressed()).isTrue();
        assertThat(brazilOvertime.mark()).isEqualTo("suppressed-complementary");
        assertThat(brazilOvertime.reason()).isEqualTo("suppressed in b.json: fewer than 5 suppliers");
        PacketCell indiaDebt = cell(merged, 1, 0);
        assertThat(indiaDebt.mark()).as("only a.json has India, and it marks the cell small")
                .isEqualTo("suppressed-small");
        assertThat(indiaDebt.reason()).isEqualTo("suppressed in a.json: fewer than 5 suppliers");
    }

    @Test
    void aCellEveryInputSuppressesAlikeKeepsTheirMark() throws Exception {
        PacketTable a = SamplePackets.flagged(List.of("Brazil")).small(0, 0).published(0, 1, 9).build();
        PacketTable b = SamplePackets.flagged(List.of("Brazil")).small(0, 0).published(0, 1, 6).build();

        PacketTable merged = merge(buyerA(a), buyerB(b)).packet().tables().get(0);

        assertThat(cell(merged, 0, 0).mark()).isEqualTo("suppressed-small");
        assertThat(cell(merged, 0, 0).reason())
                .isEqualTo("suppressed in a.json: fewer than 5 suppliers; b.json: fewer than 5 suppliers");
        assertThat(cell(merged, 0, 1).value()).isEqualTo(15);
    }

    @Test
    void aTotalIsPublishedOnlyWhenEveryInputPublishesIt() throws Exception {
        PacketTable a = buyerATable();
        PacketTable b = SamplePackets.flagged(List.of("Viet Nam", "Brazil"))
                .values(new double[] {25, 9, 34}, new double[] {8, 6, 14}, new double[] {33, 15, 48})
                .suppressed(2, 1, "suppressed-complementary", "protects a cell").build();

        PacketTable merged = merge(buyerA(a), buyerB(b)).packet().tables().get(0);

        assertThat(cell(merged, 3, 0).value()).as("debt bondage total").isEqualTo(16 + 33);
        assertThat(cell(merged, 3, 1).suppressed()).as("overtime total is suppressed in b.json").isTrue();
        assertThat(cell(merged, 3, 2).value()).as("grand total").isEqualTo(30 + 48);
        assertThat(cell(merged, 0, 2).value()).as("Brazil's row total").isEqualTo(19 + 14);
        assertThat(cell(merged, 1, 2).value()).as("India's row total, only in a.json").isEqualTo(11);
    }

    @Test
    void aTotalOneInputDoesNotGiveIsLeftOutWithANote() throws Exception {
        PacketTable b = SamplePackets.flagged(List.of("Viet Nam", "Brazil"))
                .values(new double[] {25, 9}, new double[] {8, 6}).build();

        MergeResult result = merge(buyerA(buyerATable()), buyerB(b));
        PacketTable merged = result.packet().tables().get(0);

        assertThat(cell(merged, 3, 0)).as("b.json gives no column totals").isNull();
        assertThat(cell(merged, 3, 2)).isNull();
        assertThat(cell(merged, 1, 2).value()).as("India is not in b.json, which adds 0 to its total").isEqualTo(11);
        assertThat(result.notes()).containsExactly(
                "Flagged suppliers by country: totals are left out where b.json does not publish them.");
    }

    @Test
    void tablesThatDoNotAddUpOrAreMissingBecomeNotes() throws Exception {
        PacketTable onlyInA = new SamplePackets.TableBuilder("corrective_actions:open", "Open corrective actions",
                List.of("Brazil"), List.of("Open corrective actions")).dimensions("country", null)
                .published(0, 0, 8).build();

        MergeResult result = merge(buyerA(buyerATable(), medianHours(), onlyInA),
                buyerB(buyerBTable(), medianHours()));

        assertThat(result.packet().tables()).extracting(PacketTable::measure).containsExactly(SamplePackets.FLAGGED);
        assertThat(result.notes()).containsExactly(
                "Median weekly hours by country is not combined: medians do not add up.",
                "Open corrective actions is not combined: it is missing from b.json.");
    }

    @Test
    void packetsOfDifferentPacksAreRefused() {
        AggregatePacket other = new AggregatePacket(1, "Risk", TODAY,
                new PackReference("forced-labour-core", "1.2.0", "b".repeat(64)), new DisclosureParameters(5, 0.8),
                null, buyerB().sources(), List.of(buyerBTable()));

        assertThatThrownBy(() -> merge(buyerA(buyerATable()), other)).isInstanceOf(ProblemException.class)
                .hasMessage("b.json uses pack forced-labour-core 1.2.0 (fingerprint bbbbbbbbbbbb...) but a.json uses"
                        + " pack forced-labour-core 1.1.0 (fingerprint a1b2c3d4e5f6...); packets combine only under"
                        + " the same pack.");
    }

    @Test
    void twoReleasesOfOneProjectAreRefused() {
        AggregatePacket again = SamplePackets.packet("Buyer A", "release-a", buyerBTable());

        assertThatThrownBy(() -> merge(buyerA(buyerATable()), again)).isInstanceOf(ProblemException.class)
                .hasMessage("a.json and b.json both hold figures from the same project (Buyer A, release release-a);"
                        + " merging them would count its data twice.");
    }

    @Test
    void theSamePacketTwiceIsRefused() {
        AggregatePacket a = buyerA(buyerATable());

        assertThatThrownBy(() -> merge(a, a)).isInstanceOf(ProblemException.class)
                .hasMessageStartingWith("a.json and b.json are the same packet")
                .hasMessageEndingWith("each packet can be merged only once.");
    }

    @Test
    void aMergedPacketIsNotMergedAgainWithOneOfItsInputs() throws Exception {
        AggregatePacket a = buyerA(buyerATable());
        AggregatePacket merged = merge(a, buyerB(buyerBTable())).packet();

        assertThatThrownBy(() -> merger.merge(List.of(new NamedPacket("merged.json", merged),
                new NamedPacket("a.json", a)), "Again", TODAY)).isInstanceOf(ProblemException.class)
                .hasMessage("merged.json already contains a.json; merging them would count its figures twice.");
    }

    @Test
    void oneMeasureBrokenDownDifferentlyIsRefused() {
        PacketTable bySector = SamplePackets.flagged(List.of("Garments")).dimensions("sector", "indicator")
                .published(0, 0, 6).published(0, 1, 7).build();

        assertThatThrownBy(() -> merge(buyerA(buyerATable()), buyerB(bySector))).isInstanceOf(ProblemException.class)
                .hasMessage("a.json breaks Flagged suppliers by country (flagged_suppliers:high) down by country x"
                        + " indicator but b.json by sector x indicator; tables of one measure combine only with the"
                        + " same breakdown.");
    }

    @Test
    void aSinglePacketIsRefused() {
        assertThatThrownBy(() -> merger.merge(List.of(new NamedPacket("a.json", buyerA(buyerATable()))), "One", TODAY))
                .isInstanceOf(ProblemException.class)
                .hasMessage("Merging needs at least two packets; got 1 (a.json).");
    }

    @Test
    void noiseOfIndependentDrawsAddsAsVariances() throws Exception {
        AggregatePacket a = noisy(buyerA(buyerATable()), LAPLACE_A, 0.5);
        AggregatePacket b = noisy(buyerB(buyerBTable()), LAPLACE_B, 1.0);

        AggregatePacket merged = merge(a, b).packet();

        NoiseParameters noise = merged.tables().get(0).noise();
        assertThat(noise.mechanism()).isEqualTo("sum of 2 independent discrete Laplace draws");
        assertThat(noise.standardDeviation()).isCloseTo(Math.sqrt(4 + 9), within(1e-12));
        assertThat(noise.halfWidth95()).isCloseTo(1.96 * Math.sqrt(13), within(1e-12));
        assertThat(noise.epsilon()).isEqualTo(1.0);
        assertThat(merged.privacy().epsilon()).isEqualTo(1.0);
        assertThat(merged.privacy().method()).contains("parallel composition");
    }

    @Test
    void mergingAMergedPacketCountsItsDraws() throws Exception {
        AggregatePacket ab = merge(noisy(buyerA(buyerATable()), LAPLACE_A, 0.5),
                noisy(buyerB(buyerBTable()), LAPLACE_B, 1.0)).packet();
        AggregatePacket c = noisy(SamplePackets.packet("Buyer C", "release-c", buyerBTable()), LAPLACE_A, 0.5);

        NoiseParameters noise = merger.merge(List.of(new NamedPacket("ab.json", ab), new NamedPacket("c.json", c)),
                "All", TODAY).packet().tables().get(0).noise();

        assertThat(noise.mechanism()).isEqualTo("sum of 3 independent discrete Laplace draws");
        assertThat(noise.standardDeviation()).isCloseTo(Math.sqrt(4 + 9 + 4), within(1e-12));
    }

    @Test
    void withoutNoiseThereAreNoPrivacyParametersAndTheStricterThresholdsHold() throws Exception {
        AggregatePacket b = buyerB(buyerBTable());
        AggregatePacket stricter = new AggregatePacket(1, b.reportName(), b.released(), b.pack(),
                new DisclosureParameters(10, 0.6), null, b.sources(), b.tables());

        AggregatePacket merged = merge(buyerA(buyerATable()), stricter).packet();

        assertThat(merged.privacy()).isNull();
        assertThat(merged.tables().get(0).noise()).isNull();
        assertThat(merged.disclosure()).isEqualTo(new DisclosureParameters(10, 0.6));
        assertThat(merged.reportName()).isEqualTo("Partnership");
        assertThat(merged.released()).isEqualTo(TODAY);
    }

    @Test
    void theMergedPacketNamesEverySourceWithItsPacketsHashAndReadsBack() throws Exception {
        AggregatePacket a = buyerA(buyerATable());
        AggregatePacket b = buyerB(buyerBTable());

        AggregatePacket merged = merge(a, b).packet();

        assertThat(merged.sources()).extracting(source -> source.organisation() + " " + source.contentSha256())
                .containsExactly("Buyer A " + PacketCodec.contentSha256(a), "Buyer B " + PacketCodec.contentSha256(b));
        assertThat(PacketCodec.read(PacketCodec.write(merged), "merged.json")).isEqualTo(merged);
    }

    private static AggregatePacket noisy(AggregatePacket packet, NoiseParameters noise, double epsilon) {
        List<PacketTable> tables = packet.tables().stream().map(t -> new PacketTable(t.measure(), t.title(), t.unit(),
                t.page(), t.rowDimension(), t.columnDimension(), t.rowLabels(), t.columnLabels(), t.additive(),
                t.cells(), noise)).toList();
        return new AggregatePacket(1, packet.reportName(), packet.released(), packet.pack(), packet.disclosure(),
                new PrivacyParameters(epsilon, 3, "Counts carry discrete Laplace noise."), packet.sources(), tables);
    }
}
