package org.ddworkbench.model;

/**
 * An entry of a country × good reference list (such as a list of goods produced with forced labour): suppliers
 * in {@code country} whose sector is {@code sector} carry the inherent risk {@code risk} (0 to 1).
 *
 * @param good the goods as the list names them, for display
 * @param source the id of the pack source the entry comes from
 */
public record GoodsRisk(String country, String sector, String good, double risk, String source) {
}
