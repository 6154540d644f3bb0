package org.ddworkbench.ui.dashboard;

import java.util.Set;
import org.ddworkbench.ui.suppliers.SupplierSubset;

/**
 * Open corrective actions by urgency, with the suppliers they concern.
 *
 * @param dueSoon open actions due today or within the next 30 days
 * @param overdue open actions whose due date has passed
 */
public record ActionsDue(int dueSoon, SupplierSubset dueSoonSuppliers, int overdue, SupplierSubset overdueSuppliers) {

    public static final ActionsDue NONE = new ActionsDue(0, new SupplierSubset("", Set.of()), 0,
            new SupplierSubset("", Set.of()));
}
