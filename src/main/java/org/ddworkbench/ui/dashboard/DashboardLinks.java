package org.ddworkbench.ui.dashboard;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.ddworkbench.model.Severity;
import org.ddworkbench.ui.suppliers.SupplierSubset;

/**
 * Where the Dashboard's charts lead: the screens behind them, narrowed to what was clicked.
 *
 * @param findingsOnIndicator the Findings screen narrowed to a supplier and an indicator (a heat-map cell)
 * @param findingsOfSeverity the Findings screen narrowed to one severity
 * @param suppliers the Suppliers screen showing one group of suppliers
 * @param imports the Imports screen
 */
public record DashboardLinks(BiConsumer<Long, String> findingsOnIndicator, Consumer<Severity> findingsOfSeverity,
        Consumer<SupplierSubset> suppliers, Runnable imports) {
}
