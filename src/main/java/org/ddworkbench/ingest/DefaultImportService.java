package org.ddworkbench.ingest;

import java.nio.file.Path;
import java.util.List;
import org.ddworkbench.ingest.map.MappingProfile;
import org.ddworkbench.model.ImportRecord;
import org.ddworkbench.model.SupplierEvidence;
import org.ddworkbench.model.SupplierMatch;
import org.ddworkbench.model.SupplierSummary;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/** Placeholder until the import pipeline lands. */
public final class DefaultImportService implements ImportService {

    @Override
    public ImportPreview preview(Project project, Path file, ImportOptions options, ProgressListener progress,
            CancellationToken cancellation) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public ImportResult commit(Project project, ImportPreview preview, ImportOptions options,
            ProgressListener progress, CancellationToken cancellation) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void undo(Project project, long importId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<ImportRecord> imports(Project project) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<SupplierSummary> suppliers(Project project) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<SupplierEvidence> supplierEvidence(Project project, long supplierId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<SupplierMatch> pendingMatches(Project project) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<MappingProfile> savedMappings(Project project) {
        throw new UnsupportedOperationException("not yet");
    }
}
