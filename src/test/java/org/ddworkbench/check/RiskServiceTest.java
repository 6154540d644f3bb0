package org.ddworkbench.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ddworkbench.check.CheckService.CheckOptions;
import org.ddworkbench.check.CheckService.FindingQuery;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.FindingKind;
import org.ddworkbench.model.HeatMap;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.model.ReviewState;
import org.ddworkbench.model.RiskFactor;
import org.ddworkbench.model.RiskModel;
import org.ddworkbench.model.RiskTerm;
import org.ddworkbench.model.SupplierRisk;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Supplier risk on the checked sample: transparent terms that add up, and what counts. */
class RiskServiceTest {
    private final DefaultCheckService checks = new DefaultCheckService(CheckFixture.CLOCK);
    private final DefaultRiskService risks = new DefaultRiskService();
    private Project project;

    @TempDir
    Path dir;

    @BeforeEach
    void openSample() throws Exception {
        project = CheckFixture.openCopy(dir.resolve("project"));
    }

    @AfterEach
    void close() {
        project.close();
    }

    private void check() throws ProblemException {
        checks.run(project, new CheckOptions(CheckFixture.AS_OF, false), ProgressListener.NONE,
                new CancellationToken());
    }

    @Test
    void everyScoreIsTheSumOfItsTermsAndEachFindingTermIsACountingFinding() throws Exception {
        check();
        List<Finding> open = checks.findings(project, FindingQuery.OPEN);

        List<SupplierRisk> all = risks.risks(project);

        assertThat(all).hasSize(12);
        assertThat(all).extracting(SupplierRisk::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        for (SupplierRisk risk : all) {
            assertThat(risk.terms().stream().mapToDouble(RiskTerm::points).sum()).isCloseTo(risk.score(),
                    within(1e-9));
            assertThat(risk.terms()).allSatisfy(t -> assertThat(t.points()).isCloseTo(t.input() * t.weight(),
                    within(1e-9)));
            List<Long> findingIds = risk.terms().stream().filter(t -> t.factor() == RiskFactor.FINDING)
                    .map(RiskTerm::findingId).toList();
            assertThat(findingIds).containsExactlyInAnyOrderElementsOf(open.stream()
                    .filter(f -> f.supplierId() != null && f.supplierId() == risk.supplierId())
                    .map(Finding::id).toList());
            assertThat(risk.confidence()).isBetween(0.0, 1.0);
        }
        assertThat(all.get(0).score()).isGreaterThan(all.get(all.size() - 1).score());
    }

    @Test
    void theSampleSuppliersLandInTheBandsTheirFindingsSuggest() throws Exception {
        check();
        Set<Long> combination = checks.findings(project, FindingQuery.OPEN).stream()
                .filter(f -> f.kind() == FindingKind.COMBINATION).map(Finding::supplierId).collect(Collectors.toSet());

        List<SupplierRisk> all = risks.risks(project);

        assertThat(combination).hasSize(3);
        assertThat(all).filteredOn(r -> combination.contains(r.supplierId())).extracting(r -> r.band().id())
                .containsExactly("severe", "severe", "severe");
        assertThat(bandOf(all, "Lotus Loom")).isEqualTo("low");
        assertThat(bandOf(all, "Tonle Sap")).isEqualTo("low");
        assertThat(bandOf(all, "Saffron Reef")).as("amber flags only").isEqualTo("medium");
        assertThat(bandOf(all, "Songkhla Tidewater")).as("amber flag, stale audit, missing evidence").isEqualTo("medium");
    }

    private static String bandOf(List<SupplierRisk> risks, String nameStart) {
        return risks.stream().filter(r -> r.name().startsWith(nameStart)).map(r -> r.band().id()).findFirst()
                .orElseThrow(() -> new AssertionError("no supplier " + nameStart));
    }

    @Test
    void everyBandIsTheOneThePackGivesForTheScore() throws Exception {
        check();
        RiskModel model = project.pack().pack().riskModel();

        assertThat(risks.risks(project)).allSatisfy(r -> assertThat(r.band()).isEqualTo(model.band(r.score())));
    }

    @Test
    void aSupplierNeverCheckedIsNeverInTheLowestBand() throws Exception {
        assertThat(risks.risks(project)).extracting(r -> r.band().id()).doesNotContain("low");
    }

    @Test
    void aFalsePositiveNoLongerCountsTowardsTheScore() throws Exception {
        check();
        Finding finding = checks.findings(project, FindingQuery.OPEN).stream().filter(f -> f.supplierId() != null)
                .findFirst().orElseThrow();
        SupplierRisk before = risks.risk(project, finding.supplierId());

        checks.review(project, finding.id(), ReviewState.FALSE_POSITIVE, "Wrong supplier in the survey.");
        SupplierRisk after = risks.risk(project, finding.supplierId());

        assertThat(before.terms()).extracting(RiskTerm::findingId).contains(finding.id());
        assertThat(after.terms()).extracting(RiskTerm::findingId).doesNotContain(finding.id());
        assertThat(after.score()).isLessThan(before.score());
    }

    @Test
    void beforeAnyCheckScoresCarryNoFindingsAndNoDataConfidence() throws Exception {
        List<SupplierRisk> unchecked = risks.risks(project);

        assertThat(unchecked).hasSize(12).allSatisfy(r -> {
            assertThat(r.confidence()).isZero();
            assertThat(r.terms()).noneMatch(t -> t.factor() == RiskFactor.FINDING);
        });
        assertThatThrownBy(() -> risks.risk(project, 99_999)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("99999");
    }

    @Test
    void theHeatMapHasARowPerSupplierInScoreOrderWithCellsOnlyWhereFindingsAre() throws Exception {
        check();

        HeatMap map = risks.heatMap(project);
        List<SupplierRisk> all = risks.risks(project);

        assertThat(map.indicators()).isEqualTo(project.pack().pack().indicators());
        assertThat(map.rows()).extracting(HeatMap.Row::supplierId)
                .containsExactlyElementsOf(all.stream().map(SupplierRisk::supplierId).toList());
        assertThat(map.rows()).anySatisfy(row -> assertThat(row.cells()).isNotEmpty());
        assertThat(map.rows()).allSatisfy(row -> assertThat(row.cells().values())
                .allSatisfy(cell -> assertThat(cell.findings()).isPositive()));
    }
}
