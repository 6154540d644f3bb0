package org.ddworkbench.model;

/** The kinds of term a supplier's risk score is the sum of. */
public enum RiskFactor {
    /** One open finding: severity weight × indicator weight. */
    FINDING("finding"),
    /** Inherent risk of the supplier's country. */
    COUNTRY("country"),
    /** Inherent risk of the supplier's sector. */
    SECTOR("sector"),
    /** The supplier's country and sector are on a country × good list. */
    GOODS("goods"),
    /** Missing evidence: 1 minus the share of expected sources (SAQ, current audit, worker survey) present. */
    DATA_GAP("dataGap");

    private final String id;

    RiskFactor(String id) {
        this.id = id;
    }

    /** The key of this factor in the pack's {@code riskModel.factorWeights}. */
    public String id() {
        return id;
    }
}
