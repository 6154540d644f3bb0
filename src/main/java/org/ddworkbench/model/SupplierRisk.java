package org.ddworkbench.model;

import java.util.List;
import java.util.Objects;

/**
 * A supplier's transparent risk score: the sum of its terms, each visible with its weights.
 *
 * @param band the pack's band of the score
 * @param confidence share (0 to 1) of expected evidence present: SAQ, current audit, worker survey
 */
public record SupplierRisk(
        long supplierId, String name, String country, String sector, double score, RiskBand band, double confidence,
        List<RiskTerm> terms) {

    public SupplierRisk {
        Objects.requireNonNull(band, "band");
        terms = List.copyOf(terms);
    }
}
