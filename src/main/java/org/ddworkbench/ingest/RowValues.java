package org.ddworkbench.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one row (table layouts) or one sheet (long layouts) said, after parsing and de-identification: supplier
 * fields, audit and finding fields, supplier-level values with provenance, and a worker row's slot values.
 * Mutable while its cells are interpreted; never holds a direct identifier.
 */
final class RowValues {
    private static final Object[] EMPTY = new Object[0];

    final String sheet;
    final int row;
    final Object[] slots;
    final List<SourcedValue> values = new ArrayList<>();
    /** The row that named the supplier (differs from {@code row} in long layouts). */
    int nameRow;
    String name;
    String country;
    String address;
    String sector;
    Integer tier;
    String externalId;
    LocalDate observedOn;
    String site;
    String scheme;
    String auditorFirm;
    String clause;
    String description;
    String severity;
    int severityColumn = -1;
    String severityHeader = "";
    String status;
    String respondent;

    RowValues(String sheet, int row, int slotCount) {
        this.sheet = sheet;
        this.row = row;
        this.nameRow = row;
        this.slots = slotCount == 0 ? EMPTY : new Object[slotCount];
    }

    /** The name that identifies the supplier: the supplier name, else the audited site's. */
    String supplierName() {
        return name != null ? name : site;
    }
}
