package org.ddworkbench.ingest;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.ddworkbench.model.Severity;
import org.ddworkbench.store.StoredSupplier;
import org.ddworkbench.store.SupplierRepository.MatchKind;
import org.ddworkbench.store.WorkerSlot;

/**
 * Where interpreted records go: the store inside the import's transaction ({@link StoreWriter}), or nowhere for a
 * preview ({@link CountingWriter}); both see exactly the same calls, so a preview's counts are the import's.
 */
interface ImportWriter {

    /** Creates a supplier and returns it with its id. */
    StoredSupplier createSupplier(StoredSupplier supplier) throws SQLException;

    /** Fills master-data fields {@code current} lacks from {@code given}; returns the supplier as it now is. */
    StoredSupplier fillMissing(StoredSupplier current, StoredSupplier given) throws SQLException;

    void mention(long supplierId, String sheet, int row, String nameAsWritten, String country, MatchKind kind,
            double score, Long candidateId) throws SQLException;

    void observation(long supplierId, Long auditId, SourcedValue value, LocalDate observedOn) throws SQLException;

    long audit(long supplierId, String site, LocalDate date, String scheme, String auditorFirm, String sheet, int row)
            throws SQLException;

    void finding(long auditId, RowValues finding, Severity severity) throws SQLException;

    void workerRow(String sheet, List<WorkerSlot> slots, int row, long supplierId, String respondent,
            LocalDate observedOn, Object[] values) throws SQLException;

    /** Sends whatever is still buffered. */
    void finish() throws SQLException;

    /** Values stored so far: supplier-level observations plus worker-level values present. */
    long valuesStored();
}
