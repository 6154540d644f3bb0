package org.ddworkbench.model;

import java.util.List;
import java.util.Map;

/**
 * Weights of the transparent supplier risk score. Each open finding adds its severity weight times its
 * strongest indicator weight ({@code defaultIndicatorWeight} when it names none); inherent country, sector and
 * country × good risk (0 to 1) and the data gap (1 minus data confidence) add their value times their factor
 * weight. Keys are severity names, indicator ids, ISO 3166-1 alpha-2 codes, sector ids and {@link RiskFactor} ids.
 */
public record RiskModel(
        Map<Severity, Double> severityWeights,
        Map<String, Double> indicatorWeights,
        double defaultIndicatorWeight,
        Map<String, Double> countryRisk,
        Map<String, Double> sectorRisk,
        List<GoodsRisk> goodsRisk,
        Map<String, Double> factorWeights) {

    public RiskModel {
        severityWeights = Map.copyOf(severityWeights);
        indicatorWeights = Map.copyOf(indicatorWeights);
        countryRisk = Map.copyOf(countryRisk);
        sectorRisk = Map.copyOf(sectorRisk);
        goodsRisk = List.copyOf(goodsRisk);
        factorWeights = Map.copyOf(factorWeights);
    }

    public double factorWeight(RiskFactor factor) {
        return factorWeights.getOrDefault(factor.id(), 0.0);
    }
}
