package org.ddworkbench.model;

/** A supplier as the Suppliers screen lists it. {@code country} is ISO 3166-1 alpha-2 or null when unresolved. */
public record SupplierSummary(
        long id, String name, String country, String sector, Integer tier, String externalId, int files, long values) {
}
