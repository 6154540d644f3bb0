package org.ddworkbench.pack;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ddworkbench.model.AuditPolicy;
import org.ddworkbench.model.CheckPolicy;
import org.ddworkbench.model.CheckRule;
import org.ddworkbench.model.Flag;
import org.ddworkbench.model.GoodsRisk;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.MetricType;
import org.ddworkbench.model.RiskBand;
import org.ddworkbench.model.RiskFactor;
import org.ddworkbench.model.RiskModel;
import org.ddworkbench.model.Severity;

/** The semantic pass over the parts of a pack that drive the checks and the risk score: policies and weights. */
final class RiskAndPolicyValidator {
    private final Checks checks;

    RiskAndPolicyValidator(Checks checks) {
        this.checks = checks;
    }

    void validate(MetricPack pack, Set<String> indicatorIds, Set<String> sourceIds) throws PackException {
        validateCheckPolicy(pack.checkPolicy());
        validateAuditPolicy(pack);
        validateRiskModel(pack.riskModel(), indicatorIds, sourceIds);
    }

    private void validateCheckPolicy(CheckPolicy policy) throws PackException {
        String path = "$.checkPolicy";
        for (Flag flag : Flag.values()) {
            checks.require(policy.flagSeverities().containsKey(flag), path + ".flagSeverities",
                    "gives no severity for the flag \"" + LowerCaseEnumDeserializer.jsonName(flag) + "\"");
        }
        List<String> known = Arrays.stream(CheckRule.values()).map(CheckRule::id).toList();
        for (String rule : policy.ruleSeverities().keySet().stream().sorted().toList()) {
            checks.require(known.contains(rule), JsonPaths.member(path + ".ruleSeverities", rule),
                    "\"" + rule + "\" is not a rule of this version (known: " + String.join(", ", known) + ")");
        }
        for (String rule : known) {
            checks.require(policy.ruleSeverities().containsKey(rule), path + ".ruleSeverities",
                    "gives no severity for the rule \"" + rule + "\"");
        }
    }

    private void validateAuditPolicy(MetricPack pack) throws PackException {
        AuditPolicy policy = pack.auditPolicy();
        checks.require(policy.maxAgeMonths() >= 1, "$.auditPolicy.maxAgeMonths", "must be at least 1");
        checks.between(policy.minInterviewShare(), 0, 1, "$.auditPolicy.minInterviewShare");
        AuditPolicy.UniformAnswers uniform = policy.uniformAnswers();
        String path = "$.auditPolicy.uniformAnswers";
        Metric metric = pack.metric(uniform.metric())
                .orElseThrow(() -> checks.problem(path + ".metric", "unknown metric \"" + uniform.metric() + "\""));
        checks.require(MetricValidator.isNumeric(metric.type()) || metric.type() == MetricType.CHOICE, path + ".metric",
                "metric \"" + metric.id() + "\" is not a number or a choice, so its answers cannot be compared");
        checks.require(uniform.minAnswers() >= 2, path + ".minAnswers", "must be at least 2, not " + uniform.minAnswers());
        checks.aboveAtMost(uniform.maxSameShare(), 0, 1, path + ".maxSameShare");
    }

    private void validateRiskModel(RiskModel risk, Set<String> indicatorIds, Set<String> sourceIds)
            throws PackException {
        String path = "$.riskModel";
        for (Severity severity : Severity.values()) {
            Double weight = risk.severityWeights().get(severity);
            if (weight != null) {
                checks.nonNegative(weight, JsonPaths.member(path + ".severityWeights",
                        LowerCaseEnumDeserializer.jsonName(severity)));
            }
        }
        for (var entry : sorted(risk.indicatorWeights())) {
            String at = JsonPaths.member(path + ".indicatorWeights", entry.getKey());
            checks.reference(entry.getKey(), indicatorIds, at, "indicator");
            checks.nonNegative(entry.getValue(), at);
        }
        checks.nonNegative(risk.defaultIndicatorWeight(), path + ".defaultIndicatorWeight");
        for (var entry : sorted(risk.countryRisk())) {
            String at = JsonPaths.member(path + ".countryRisk", entry.getKey());
            country(entry.getKey(), at);
            checks.between(entry.getValue(), 0, 1, at);
        }
        for (var entry : sorted(risk.sectorRisk())) {
            String at = JsonPaths.member(path + ".sectorRisk", entry.getKey());
            checks.id(entry.getKey(), Checks.ID, at);
            checks.between(entry.getValue(), 0, 1, at);
        }
        checks.unique(risk.goodsRisk(), g -> g.country() + " " + g.sector(), path + ".goodsRisk", "", "country and sector");
        for (int i = 0; i < risk.goodsRisk().size(); i++) {
            GoodsRisk goods = risk.goodsRisk().get(i);
            String at = path + ".goodsRisk[" + i + "]";
            country(goods.country(), at + ".country");
            checks.id(goods.sector(), Checks.ID, at + ".sector");
            checks.between(goods.risk(), 0, 1, at + ".risk");
            checks.reference(goods.source(), sourceIds, at + ".source", "source");
        }
        List<String> factors = Arrays.stream(RiskFactor.values()).map(RiskFactor::id).toList();
        for (var entry : sorted(risk.factorWeights())) {
            String at = JsonPaths.member(path + ".factorWeights", entry.getKey());
            checks.require(factors.contains(entry.getKey()), at,
                    "\"" + entry.getKey() + "\" is not a risk factor (known: " + String.join(", ", factors) + ")");
            checks.nonNegative(entry.getValue(), at);
        }
        validateBands(risk.bands(), path + ".bands");
    }

    /** Bands must cover every score exactly once: bounds rise, and only the last band is open-ended. */
    private void validateBands(List<RiskBand> bands, String path) throws PackException {
        checks.require(!bands.isEmpty(), path, "list at least one band, the last without upTo, or leave bands out"
                + " to keep all suppliers in one band");
        checks.unique(bands, RiskBand::id, path, ".id", "band id");
        checks.unique(bands, RiskBand::label, path, ".label", "band label");
        Double previous = null;
        for (int i = 0; i < bands.size(); i++) {
            RiskBand band = bands.get(i);
            String at = JsonPaths.element(path, i);
            checks.id(band.id(), Checks.ID, at + ".id");
            if (i == bands.size() - 1) {
                checks.require(band.upTo() == null, at + ".upTo",
                        "the last band takes every higher score, so it has no upTo");
            } else {
                checks.require(band.upTo() != null, at + ".upTo",
                        "is missing: every band but the last needs the score it stays under");
                checks.positive(band.upTo(), at + ".upTo");
                if (previous != null) {
                    checks.require(band.upTo() > previous, at + ".upTo", "must be greater than the previous band's"
                            + " upTo (" + Checks.plain(previous) + "), not " + Checks.plain(band.upTo()));
                }
                previous = band.upTo();
            }
        }
    }

    private void country(String code, String path) throws PackException {
        checks.require(Checks.COUNTRY.matcher(code).matches(), path,
                "\"" + code + "\" is not an ISO 3166-1 alpha-2 country code in capitals");
    }

    private static List<Map.Entry<String, Double>> sorted(Map<String, Double> map) {
        return map.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }
}
