package org.ddworkbench.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.Severity;
import org.ddworkbench.store.BatchedInsert;
import org.ddworkbench.store.StoredSupplier;
import org.ddworkbench.store.SupplierRepository.MatchKind;
import org.ddworkbench.store.WorkerRecordStore;
import org.ddworkbench.store.WorkerSlot;

/**
 * Writes one import's records on the import's connection, inside its transaction: suppliers and audits one by
 * one (their ids are needed at once), observations, findings and mentions in batches, worker rows in chunks.
 */
final class StoreWriter implements ImportWriter {
    private final Connection connection;
    private final long importId;
    private final String sourceKind;
    private final ImportStores stores;
    private final BatchedInsert observations;
    private final BatchedInsert findings;
    private final BatchedInsert mentions;
    private final WorkerRecordStore.ChunkWriter workers;

    StoreWriter(Connection connection, long importId, DataSourceKind kind, ImportStores stores) throws SQLException {
        this.connection = connection;
        this.importId = importId;
        this.sourceKind = kind.name();
        this.stores = stores;
        this.observations = stores.observations().batch(connection);
        this.findings = stores.audits().findings(connection);
        this.mentions = stores.suppliers().mentions(connection);
        this.workers = stores.workers().writer(connection, importId);
    }

    @Override
    public StoredSupplier createSupplier(StoredSupplier supplier) throws SQLException {
        return stores.suppliers().insert(connection, supplier, importId);
    }

    @Override
    public StoredSupplier fillMissing(StoredSupplier current, StoredSupplier given) throws SQLException {
        return stores.suppliers().fillMissing(connection, current, given, importId);
    }

    @Override
    public void mention(long supplierId, String sheet, int row, String nameAsWritten, String country, MatchKind kind,
            double score, Long candidateId) throws SQLException {
        mentions.add(supplierId, importId, sheet, row, nameAsWritten, country, kind.name(), score, candidateId);
    }

    @Override
    public void observation(long supplierId, Long auditId, SourcedValue value, LocalDate observedOn)
            throws SQLException {
        Object v = value.value();
        Double number = v instanceof Double d ? d : v instanceof Boolean b ? (b ? 1.0 : 0.0) : null;
        String text = v instanceof String s ? s : v instanceof LocalDate date ? date.toString() : null;
        observations.add(importId, supplierId, auditId, sourceKind, value.metricId(), number, text, observedOn,
                value.sheet(), value.row(), value.column());
    }

    @Override
    public long audit(long supplierId, String site, LocalDate date, String scheme, String auditorFirm, String sheet,
            int row) throws SQLException {
        return stores.audits().insert(connection, importId, supplierId, site, date, scheme, auditorFirm, sheet, row);
    }

    @Override
    public void finding(long auditId, RowValues finding, Severity severity) throws SQLException {
        findings.add(auditId, importId, finding.clause, finding.description, finding.severity,
                severity == null ? null : severity.name(), finding.status, finding.sheet, finding.row);
    }

    @Override
    public void workerRow(String sheet, List<WorkerSlot> slots, int row, long supplierId, String respondent,
            LocalDate observedOn, Object[] values) throws SQLException {
        workers.add(sheet, slots, row, supplierId, respondent, observedOn, values);
    }

    @Override
    public void finish() throws SQLException {
        mentions.close();
        observations.close();
        findings.close();
        workers.finish();
    }

    /** Releases the statements after a failure; the transaction's rollback discards what was sent. */
    void abandon() {
        for (BatchedInsert batch : List.of(mentions, observations, findings)) {
            try {
                batch.abandon();
            } catch (SQLException e) {
                // The connection is rolled back and returned anyway; nothing more to release.
            }
        }
    }

    @Override
    public long valuesStored() {
        return observations.rows() + workers.values();
    }
}
