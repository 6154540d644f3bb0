package org.ddworkbench.ui.suppliers;

import org.ddworkbench.model.SupplierSummary;

/** One line of the Suppliers table, with the country and tier already in words. */
public record SupplierRow(SupplierSummary supplier, String country, String tier) {
}
