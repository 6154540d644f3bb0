package org.ddworkbench.store;

/**
 * A supplier row as stored. {@code nameKey} is the normalised name used for matching; {@code country} is
 * ISO 3166-1 alpha-2 or null; {@code createdByImport} is 0 when no import owns it.
 */
public record StoredSupplier(long id, String name, String nameKey, String country, String address, String sector,
        Integer tier, String externalId, long createdByImport) {

    public StoredSupplier withId(long newId, long importId) {
        return new StoredSupplier(newId, name, nameKey, country, address, sector, tier, externalId, importId);
    }
}
