package org.ddworkbench.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ddworkbench.check.rules.RuleFixtures.PACK;

import java.time.Instant;
import java.util.List;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.FindingKind;
import org.ddworkbench.model.FindingStatus;
import org.ddworkbench.model.HeatMap;
import org.ddworkbench.model.ReviewState;
import org.ddworkbench.model.RiskBand;
import org.ddworkbench.model.RiskFactor;
import org.ddworkbench.model.RiskTerm;
import org.ddworkbench.model.Severity;
import org.ddworkbench.model.SupplierRisk;
import org.junit.jupiter.api.Test;

class RiskCalculatorTest {
    private final RiskCalculator calculator = new RiskCalculator(PACK);

    @Test
    void termsSumToTheScoreAndShowEachFactorWithItsWeights() {
        List<Finding> findings = List.of(
                finding(1, 7L, Severity.CRITICAL, "Documents held", "retention-of-identity-documents"),
                finding(2, 7L, Severity.HIGH, "Fees charged", "deception", "debt-bondage"),
                finding(3, 7L, Severity.MEDIUM, "Agency workers"),
                finding(4, 7L, Severity.INFO, "No data"));

        SupplierRisk risk = calculator.score(7, "Siam Seafood", "TH", "Seafood", 2 / 3.0, findings);

        assertThat(risk.terms()).extracting(RiskTerm::factor).containsExactly(RiskFactor.GOODS, RiskFactor.FINDING,
                RiskFactor.FINDING, RiskFactor.SECTOR, RiskFactor.DATA_GAP, RiskFactor.COUNTRY, RiskFactor.FINDING,
                RiskFactor.FINDING);
        double sum = 0;
        for (RiskTerm term : risk.terms()) {
            assertThat(term.points()).isEqualTo(term.input() * term.weight());
            sum += term.points();
        }
        assertThat(risk.score()).isEqualTo(sum).isCloseTo(1.0 + 0.9 + 0.6 + 0.4 + 1 / 3.0 + 0.29 + 0.15,
                within(1e-12));
        assertThat(risk.confidence()).isEqualTo(2 / 3.0);

        assertThat(term(risk, "Finding: Documents held")).satisfies(t -> {
            assertThat(t.input()).isEqualTo(1.0);
            assertThat(t.weight()).isEqualTo(0.9);
            assertThat(t.findingId()).isEqualTo(1L);
            assertThat(t.label()).isEqualTo("Finding: Documents held (critical × retention of identity documents)");
        });
        assertThat(term(risk, "Finding: Fees charged")).satisfies(t -> {
            assertThat(t.weight()).isEqualTo(1.0);
            assertThat(t.label()).endsWith("(high × debt bondage)");
        });
        assertThat(term(risk, "Finding: Agency workers")).satisfies(t -> {
            assertThat(t.input()).isEqualTo(0.3);
            assertThat(t.weight()).isEqualTo(0.5);
            assertThat(t.label()).endsWith("(medium × default weight)");
        });
        assertThat(term(risk, "Country TH")).satisfies(t -> {
            assertThat(t.input()).isEqualTo(0.29);
            assertThat(t.weight()).isEqualTo(1.0);
            assertThat(t.findingId()).isNull();
        });
        assertThat(term(risk, "Sector seafood")).satisfies(t -> {
            assertThat(t.input()).isEqualTo(0.8);
            assertThat(t.weight()).isEqualTo(0.5);
        });
        assertThat(term(risk, "Goods list: Fish; shrimp from TH")).satisfies(t -> {
            assertThat(t.label()).contains("List of Goods Produced by Child Labor or Forced Labor");
            assertThat(t.points()).isEqualTo(1.0);
        });
        assertThat(term(risk, "Data gap")).satisfies(t -> assertThat(t.input()).isCloseTo(1 / 3.0, within(1e-12)));
    }

    @Test
    void unknownSectorFallsBackToOtherAndUnlistedCountryAddsNothing() {
        SupplierRisk risk = calculator.score(8, "Textile Co", "ZZ", "  Home Textiles ", 1.0, List.of());

        assertThat(risk.terms()).singleElement().satisfies(t -> {
            assertThat(t.factor()).isEqualTo(RiskFactor.SECTOR);
            assertThat(t.input()).isEqualTo(0.3);
            assertThat(t.label()).startsWith("Sector other");
        });
        assertThat(risk.score()).isEqualTo(0.15);
    }

    @Test
    void sectorIsNormalisedBeforeItIsLookedUpAndMissingDataAddsNoTerms() {
        SupplierRisk apparel = calculator.score(9, "Garments", "my", " Apparel ", 1.0, List.of());
        assertThat(apparel.terms()).extracting(RiskTerm::factor)
                .containsExactly(RiskFactor.GOODS, RiskFactor.COUNTRY, RiskFactor.SECTOR);

        SupplierRisk bare = calculator.score(10, "Unknown", null, null, 1.0, List.of());
        assertThat(bare.terms()).isEmpty();
        assertThat(bare.score()).isZero();
        assertThat(RiskCalculator.normalised(" Fresh  Produce ")).isEqualTo("fresh-produce");
    }

    @Test
    void heatMapOrdersSuppliersByRiskAndKeepsTheWorstSeverityPerIndicator() {
        List<SupplierRisk> risks = List.of(risk(1, "Beta", 2.0), risk(2, "Alpha", 2.0), risk(3, "Zed", 5.0));
        List<Finding> findings = List.of(
                finding(11, 3L, Severity.HIGH, "a", "debt-bondage"),
                finding(12, 3L, Severity.CRITICAL, "b", "debt-bondage", "deception"),
                finding(13, 3L, Severity.LOW, "c", "debt-bondage"),
                finding(14, 1L, Severity.MEDIUM, "d", "isolation"),
                finding(15, null, Severity.HIGH, "e", "isolation"));

        HeatMap map = calculator.heatMap(risks, findings);

        assertThat(map.indicators()).isEqualTo(PACK.indicators());
        assertThat(map.rows()).extracting(HeatMap.Row::supplierName).containsExactly("Zed", "Alpha", "Beta");
        HeatMap.Row zed = map.rows().get(0);
        assertThat(zed.riskScore()).isEqualTo(5.0);
        assertThat(zed.cells()).hasSize(2);
        assertThat(zed.cells().get("debt-bondage")).isEqualTo(new HeatMap.Cell(Severity.CRITICAL, 3));
        assertThat(zed.cells().get("deception")).isEqualTo(new HeatMap.Cell(Severity.CRITICAL, 1));
        assertThat(map.rows().get(1).cells()).isEmpty();
        assertThat(map.rows().get(2).cells()).containsOnlyKeys("isolation");
        assertThat(map.rows().get(2).cells().get("isolation").worst()).isEqualTo(Severity.MEDIUM);
    }

    private static RiskTerm term(SupplierRisk risk, String labelStart) {
        return risk.terms().stream().filter(t -> t.label().startsWith(labelStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no term " + labelStart + " in " + risk.terms()));
    }

    private static SupplierRisk risk(long id, String name, double score) {
        return new SupplierRisk(id, name, "TH", "seafood", score, RiskBand.ALL_SUPPLIERS, 1.0, List.of());
    }

    private static Finding finding(long id, Long supplierId, Severity severity, String title, String... indicators) {
        Instant seen = Instant.parse("2025-06-30T00:00:00Z");
        return new Finding(id, "key-" + id, "rule", FindingKind.THRESHOLD, severity, supplierId, "S", "TH", null,
                "2023-06-30/2025-06-30", List.of(indicators), title, "", List.of(), List.of(), 0, FindingStatus.OPEN,
                null, ReviewState.UNREVIEWED, null, seen, seen, "fp");
    }
}
