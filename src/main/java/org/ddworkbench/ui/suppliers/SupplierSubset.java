package org.ddworkbench.ui.suppliers;

import java.util.Set;

/**
 * A group of suppliers another screen asks the Suppliers screen to show alone, such as one risk band or the
 * suppliers without an audit.
 *
 * @param label what the group is, shown above the table, e.g. "Risk band: High"
 */
public record SupplierSubset(String label, Set<Long> supplierIds) {

    public SupplierSubset {
        supplierIds = Set.copyOf(supplierIds);
    }

    public boolean contains(long supplierId) {
        return supplierIds.contains(supplierId);
    }
}
