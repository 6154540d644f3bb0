package org.ddworkbench.model;

/**
 * One term of a supplier's risk score: {@code points = input × weight}, with what it is.
 *
 * @param label e.g. "Finding: Identity documents: SAQ vs workers (critical × retention of identity documents)"
 *     or "Country TH"
 * @param input the factor's value (a severity weight, a country risk, a data gap)
 * @param weight what the pack weighs it by (an indicator weight, a factor weight)
 * @param findingId the finding for {@link RiskFactor#FINDING} terms, otherwise null
 */
public record RiskTerm(RiskFactor factor, String label, double input, double weight, double points, Long findingId) {
}
