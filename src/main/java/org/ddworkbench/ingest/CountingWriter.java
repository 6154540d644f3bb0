package org.ddworkbench.ingest;

import java.time.LocalDate;
import java.util.List;
import org.ddworkbench.model.Severity;
import org.ddworkbench.store.StoredSupplier;
import org.ddworkbench.store.SupplierRepository.MatchKind;
import org.ddworkbench.store.WorkerSlot;

/** The preview's writer: stores nothing, gives new suppliers provisional negative ids, and counts values. */
final class CountingWriter implements ImportWriter {
    private long nextId = -1;
    private long values;

    @Override
    public StoredSupplier createSupplier(StoredSupplier supplier) {
        return supplier.withId(nextId--, 0);
    }

    @Override
    public StoredSupplier fillMissing(StoredSupplier current, StoredSupplier given) {
        return new StoredSupplier(current.id(), current.name(), current.nameKey(),
                current.country() != null ? current.country() : given.country(),
                current.address() != null ? current.address() : given.address(),
                current.sector() != null ? current.sector() : given.sector(),
                current.tier() != null ? current.tier() : given.tier(),
                current.externalId() != null ? current.externalId() : given.externalId(), current.createdByImport());
    }

    @Override
    public void mention(long supplierId, String sheet, int row, String nameAsWritten, String country, MatchKind kind,
            double score, Long candidateId) {
        // Nothing is stored in a preview.
    }

    @Override
    public void observation(long supplierId, Long auditId, SourcedValue value, LocalDate observedOn) {
        values++;
    }

    @Override
    public long audit(long supplierId, String site, LocalDate date, String scheme, String auditorFirm, String sheet,
            int row) {
        return nextId--;
    }

    @Override
    public void finding(long auditId, RowValues finding, Severity severity) {
        // Nothing is stored in a preview.
    }

    @Override
    public void workerRow(String sheet, List<WorkerSlot> slots, int row, long supplierId, String respondent,
            LocalDate observedOn, Object[] rowValues) {
        for (Object value : rowValues) {
            if (value != null) {
                values++;
            }
        }
    }

    @Override
    public void finish() {
        // Nothing buffered.
    }

    @Override
    public long valuesStored() {
        return values;
    }
}
