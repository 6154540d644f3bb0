package org.ddworkbench.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.ddworkbench.model.CheckRule;
import org.ddworkbench.model.Flag;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.RiskFactor;
import org.ddworkbench.model.Severity;
import org.junit.jupiter.api.Test;

/** The parts of a pack that drive checks and risk are read completely and refused at the right path when wrong. */
class RiskAndPolicyValidationTest {

    private static void assertRefused(Consumer<ObjectNode> edit, String path, String problem) {
        ObjectNode tree = PackFixtures.bundledTree();
        edit.accept(tree);
        assertThatThrownBy(() -> PackFixtures.read(tree))
                .isInstanceOfSatisfying(PackException.class, e -> {
                    assertThat(e.jsonPath()).isEqualTo(path);
                    assertThat(e.getMessage()).contains(problem);
                });
    }

    private static ObjectNode at(ObjectNode tree, String... names) {
        ObjectNode node = tree;
        for (String name : names) {
            node = (ObjectNode) node.get(name);
        }
        return node;
    }

    @Test
    void bundledPackGivesEveryBuiltInRuleAndFlagASeverity() {
        MetricPack pack = new JsonPackReader().bundled().pack();

        for (CheckRule rule : CheckRule.values()) {
            assertThat(pack.checkPolicy().severity(rule)).as(rule.id()).isNotNull();
        }
        assertThat(pack.checkPolicy().severity(Flag.RED)).isEqualTo(Severity.HIGH);
        assertThat(pack.auditPolicy().uniformAnswers().metric()).isEqualTo("total_weekly_hours");
        assertThat(pack.riskModel().goodsRisk()).anySatisfy(g -> {
            assertThat(g.country()).isEqualTo("TH");
            assertThat(g.sector()).isEqualTo("seafood");
        });
        assertThat(pack.riskModel().factorWeight(RiskFactor.DATA_GAP)).isPositive();
    }

    @Test
    void packMissingARuleSeverityIsRefused() {
        assertRefused(t -> at(t, "checkPolicy", "ruleSeverities").remove("stale-audit"),
                "$.checkPolicy.ruleSeverities", "gives no severity for the rule \"stale-audit\"");
    }

    @Test
    void packNamingAnUnknownRuleIsRefused() {
        assertRefused(t -> at(t, "checkPolicy", "ruleSeverities").put("moon-phase", "low"),
                "$.checkPolicy.ruleSeverities.moon-phase", "is not a rule of this version");
    }

    @Test
    void uniformAnswersOnAnUnknownMetricIsRefused() {
        assertRefused(t -> at(t, "auditPolicy", "uniformAnswers").put("metric", "shoe_size"),
                "$.auditPolicy.uniformAnswers.metric", "unknown metric \"shoe_size\"");
    }

    @Test
    void uniformAnswersOnABooleanMetricIsRefused() {
        assertRefused(t -> at(t, "auditPolicy", "uniformAnswers").put("metric", "overtime_voluntary"),
                "$.auditPolicy.uniformAnswers.metric", "is not a number or a choice");
    }

    @Test
    void goodsRiskCitingAnUnknownSourceIsRefused() {
        assertRefused(t -> ((ObjectNode) at(t, "riskModel").withArray("goodsRisk").get(0)).put("source", "hearsay"),
                "$.riskModel.goodsRisk[0].source", "hearsay");
    }

    @Test
    void goodsRiskListingACountryAndSectorTwiceIsRefused() {
        assertRefused(t -> at(t, "riskModel").withArray("goodsRisk").add(at(t, "riskModel").withArray("goodsRisk")
                        .get(0).deepCopy()),
                "$.riskModel.goodsRisk[8]", "TH seafood");
    }

    @Test
    void unknownRiskFactorIsRefused() {
        assertRefused(t -> at(t, "riskModel", "factorWeights").put("astrology", 1.0),
                "$.riskModel.factorWeights.astrology", "is not a risk factor");
    }
}
