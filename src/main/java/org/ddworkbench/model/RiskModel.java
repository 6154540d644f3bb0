package org.ddworkbench.model;

import java.util.List;
import java.util.Map;

/**
 * Weights of the transparent supplier risk score. Each open finding adds its severity weight times its
 * strongest indicator weight ({@code defaultIndicatorWeight} when it names none); inherent country, sector and
 * country × good risk (0 to 1) and the data gap (1 minus data confidence) add their value times their factor
 * weight. Keys are severity names, indicator ids, ISO 3166-1 alpha-2 codes, sector ids and {@link RiskFactor} ids.
 *
 * @param bands the ranges of the score, lowest first; each but the last has an exclusive upper bound. Null (the pack
 *     leaves them out) means the single band {@link RiskBand#ALL_SUPPLIERS}
 */
public record RiskModel(
        Map<Severity, Double> severityWeights,
        Map<String, Double> indicatorWeights,
        double defaultIndicatorWeight,
        Map<String, Double> countryRisk,
        Map<String, Double> sectorRisk,
        List<GoodsRisk> goodsRisk,
        Map<String, Double> factorWeights,
        List<RiskBand> bands) {

    public RiskModel {
        severityWeights = Map.copyOf(severityWeights);
        indicatorWeights = Map.copyOf(indicatorWeights);
        countryRisk = Map.copyOf(countryRisk);
        sectorRisk = Map.copyOf(sectorRisk);
        goodsRisk = List.copyOf(goodsRisk);
        factorWeights = Map.copyOf(factorWeights);
        bands = bands == null ? List.of(RiskBand.ALL_SUPPLIERS) : List.copyOf(bands);
    }

    public double factorWeight(RiskFactor factor) {
        return factorWeights.getOrDefault(factor.id(), 0.0);
    }

    /**
     * The band of a score: the first whose {@code upTo} the score is under, so a score exactly at a bound belongs to
     * the next band.
     *
     * @throws IllegalStateException when no band takes the score, which the pack validation rules out
     */
    public RiskBand band(double score) {
        return bands.stream().filter(b -> b.takes(score)).findFirst().orElseThrow(() -> new IllegalStateException(
                "none of the risk model's bands " + bands + " takes the score " + score));
    }
}
