package org.ddworkbench.sample;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ddworkbench.ingest.DeidentificationSummary;
import org.ddworkbench.ingest.ImportOptions;
import org.ddworkbench.ingest.ImportPreview;
import org.ddworkbench.ingest.ImportResult;
import org.ddworkbench.ingest.ImportService;
import org.ddworkbench.ingest.map.MappingProfile;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.ImportRecord;
import org.ddworkbench.model.SupplierEvidence;
import org.ddworkbench.model.SupplierMatch;
import org.ddworkbench.model.SupplierSummary;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/** Accepts every file at once and stores nothing, for tests about the sample's folders rather than its data. */
final class StubImports implements ImportService {
    final List<String> committed = new ArrayList<>();

    @Override
    public ImportPreview preview(Project project, Path file, ImportOptions options, ProgressListener progress,
            CancellationToken cancellation) {
        progress.progress(1, "checked");
        return new ImportPreview(file, "0".repeat(64), null, options.kind(), null, 1, 1, List.of(), 0, List.of(),
                DeidentificationSummary.NONE, 0, List.of());
    }

    @Override
    public ImportResult commit(Project project, ImportPreview preview, ImportOptions options, ProgressListener progress,
            CancellationToken cancellation) {
        cancellation.throwIfCancelled();
        progress.progress(1, "stored");
        committed.add(preview.file().getFileName().toString());
        return new ImportResult(committed.size(), 1, 0, 0, 0, 0, DeidentificationSummary.NONE);
    }

    @Override
    public void undo(Project project, long importId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ImportRecord> imports(Project project) {
        return List.of();
    }

    @Override
    public Map<Long, Set<DataSourceKind>> sourceKinds(Project project) {
        return Map.of();
    }

    @Override
    public List<SupplierSummary> suppliers(Project project) {
        return List.of();
    }

    @Override
    public List<SupplierEvidence> supplierEvidence(Project project, long supplierId) {
        return List.of();
    }

    @Override
    public List<SupplierMatch> pendingMatches(Project project) {
        return List.of();
    }

    @Override
    public List<MappingProfile> savedMappings(Project project) {
        return List.of();
    }
}
