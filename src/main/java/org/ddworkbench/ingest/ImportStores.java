package org.ddworkbench.ingest;

import org.ddworkbench.store.AuditRepository;
import org.ddworkbench.store.ImportRepository;
import org.ddworkbench.store.MappingProfileRepository;
import org.ddworkbench.store.ObservationRepository;
import org.ddworkbench.store.ProjectSecrets;
import org.ddworkbench.store.SupplierRepository;
import org.ddworkbench.store.WorkerRecordStore;

/** The repositories an import reads and writes, passed around as one. */
record ImportStores(ImportRepository imports, SupplierRepository suppliers, ObservationRepository observations,
        AuditRepository audits, WorkerRecordStore workers, MappingProfileRepository profiles, ProjectSecrets secrets) {

    static ImportStores standard() {
        return new ImportStores(new ImportRepository(), new SupplierRepository(), new ObservationRepository(),
                new AuditRepository(), new WorkerRecordStore(), new MappingProfileRepository(), new ProjectSecrets());
    }
}
