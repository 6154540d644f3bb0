package org.ddworkbench.model;

import java.util.Map;

/**
 * Weights of the transparent supplier risk score: per severity, per indicator, and inherent country and
 * sector risk (0 to 1). Keys are severity names, indicator ids, ISO 3166-1 alpha-2 codes, sector ids.
 */
public record RiskModel(
        Map<Severity, Double> severityWeights,
        Map<String, Double> indicatorWeights,
        Map<String, Double> countryRisk,
        Map<String, Double> sectorRisk) {

    public RiskModel {
        severityWeights = Map.copyOf(severityWeights);
        indicatorWeights = Map.copyOf(indicatorWeights);
        countryRisk = Map.copyOf(countryRisk);
        sectorRisk = Map.copyOf(sectorRisk);
    }
}
