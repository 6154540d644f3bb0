package org.ddworkbench.ingest;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Stores the valid records of a pass: resolves each record's supplier, then writes its values, audit, findings
 * or worker row through the {@link ImportWriter} (the store for a commit, a counter for a preview).
 */
final class RecordStorer {
    private final SupplierResolver suppliers;
    private final ImportWriter writer;
    private int findings;
    private int audits;

    RecordStorer(SupplierResolver suppliers, ImportWriter writer) {
        this.suppliers = suppliers;
        this.writer = writer;
    }

    /** A supplier-list row, or an SAQ (a row of a wide sheet, or a whole long sheet). */
    void supplierRecord(SheetPlan plan, RowValues values) {
        try {
            long supplierId = suppliers.resolve(values, true);
            for (SourcedValue value : values.values) {
                writer.observation(supplierId, null, value, values.observedOn);
            }
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    /** A survey respondent or grievance case, already de-identified. */
    void workerRecord(SheetPlan plan, RowValues values) {
        try {
            long supplierId = suppliers.resolve(values, false);
            writer.workerRow(plan.sheet, plan.slots, values.row, supplierId, values.respondent, values.observedOn,
                    values.slots);
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    /** An audit with its observed values (dated on the audit date) and its findings. */
    void audit(RowValues meta, LocalDate date, List<AuditAssembler.Finding> auditFindings) {
        try {
            long supplierId = suppliers.resolve(meta, true);
            int row = meta.row > 0 ? meta.row : meta.nameRow;
            long auditId = writer.audit(supplierId, meta.site, date, meta.scheme, meta.auditorFirm, meta.sheet, row);
            audits++;
            for (SourcedValue value : meta.values) {
                writer.observation(supplierId, auditId, value, date);
            }
            for (AuditAssembler.Finding finding : auditFindings) {
                writer.finding(auditId, finding.row(), finding.severity());
                findings++;
            }
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    void finish() {
        try {
            writer.finish();
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    SupplierResolver suppliers() {
        return suppliers;
    }

    long valuesStored() {
        return writer.valuesStored();
    }

    int audits() {
        return audits;
    }

    int findings() {
        return findings;
    }
}
