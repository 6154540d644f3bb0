package org.ddworkbench.model;

import java.util.List;

/**
 * A supplier's transparent risk score: the sum of its terms, each visible with its weights.
 *
 * @param confidence share (0 to 1) of expected evidence present: SAQ, current audit, worker survey
 */
public record SupplierRisk(
        long supplierId, String name, String country, String sector, double score, double confidence,
        List<RiskTerm> terms) {

    public SupplierRisk {
        terms = List.copyOf(terms);
    }
}
