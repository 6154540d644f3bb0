package org.ddworkbench.model;

/**
 * A named range of the supplier risk score, defined by the metric pack so that every organisation using the pack
 * puts a supplier with the same score in the same band.
 *
 * @param id stable key of the band, e.g. "high"; what reports and packets count suppliers by
 * @param label the band as people read it, e.g. "High"
 * @param upTo exclusive upper bound of the scores in this band; null for the last band, which takes every higher
 *     score
 */
public record RiskBand(String id, String label, Double upTo) {

    /** The one band of a pack that defines none: such a pack makes no claim; reports show all suppliers together. */
    public static final RiskBand ALL_SUPPLIERS = new RiskBand("all", "All suppliers", null);

    /** Whether a score above every earlier band belongs here: it is under {@code upTo}, or this band is open. */
    public boolean takes(double score) {
        return upTo == null || score < upTo;
    }
}
