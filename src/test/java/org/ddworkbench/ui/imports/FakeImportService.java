package org.ddworkbench.ui.imports;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.ddworkbench.ingest.DeidentificationSummary;
import org.ddworkbench.ingest.ImportOptions;
import org.ddworkbench.ingest.ImportPreview;
import org.ddworkbench.ingest.ImportProblem;
import org.ddworkbench.ingest.ImportResult;
import org.ddworkbench.ingest.ImportService;
import org.ddworkbench.ingest.map.ColumnMapping;
import org.ddworkbench.ingest.map.Layout;
import org.ddworkbench.ingest.map.MappingProfile;
import org.ddworkbench.ingest.map.MappingSuggestion;
import org.ddworkbench.ingest.map.SheetMapping;
import org.ddworkbench.ingest.map.SheetRole;
import org.ddworkbench.ingest.map.TargetKind;
import org.ddworkbench.ingest.read.FileFormat;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.ImportRecord;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.model.SupplierEvidence;
import org.ddworkbench.model.SupplierMatch;
import org.ddworkbench.model.SupplierSummary;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/** An import service held in memory that answers previews from a script and records what it was asked. */
public final class FakeImportService implements ImportService {

    /** Answers a preview; may throw like the real service. */
    @FunctionalInterface
    public interface PreviewAnswer {
        ImportPreview answer(Path file, ImportOptions options) throws ProblemException;
    }

    public PreviewAnswer previews = (file, options) -> preview(file, options.kind() == null
            ? DataSourceKind.SUPPLIER_LIST : options.kind(), List.of(), 0);
    public final List<ImportOptions> previewCalls = new ArrayList<>();
    public final List<ImportOptions> commitCalls = new ArrayList<>();
    public final List<Long> undone = new ArrayList<>();
    public final List<ImportRecord> imports = new ArrayList<>();
    public final List<SupplierSummary> suppliers = new ArrayList<>();
    public final Map<Long, List<SupplierEvidence>> evidence = new HashMap<>();
    public final List<SupplierMatch> matches = new ArrayList<>();
    public ProblemException commitFailure;
    public boolean cancelCommit;
    public ProblemException listFailure;
    /** Runs at the start of every commit, for tests that need an import to take a while. */
    public Consumer<ProgressListener> beforeCommit = progress -> { };

    @Override
    public ImportPreview preview(Project project, Path file, ImportOptions options, ProgressListener progress,
            CancellationToken cancellation) throws ProblemException {
        // The wizard wipes a password once the file is done; keep a copy as it was when asked.
        char[] password = options.workbookPassword() == null ? null : options.workbookPassword().clone();
        previewCalls.add(options.withWorkbookPassword(password));
        progress.progress(0.5, "Reading");
        return previews.answer(file, options);
    }

    @Override
    public ImportResult commit(Project project, ImportPreview preview, ImportOptions options,
            ProgressListener progress, CancellationToken cancellation) throws ProblemException {
        commitCalls.add(options);
        beforeCommit.accept(progress);
        if (cancelCommit) {
            throw new CancellationException("Cancelled by the user.");
        }
        if (commitFailure != null) {
            throw commitFailure;
        }
        long id = imports.size() + 1;
        int skipped = preview.rowsRead() - preview.validRows();
        imports.add(new ImportRecord(id, preview.file().getFileName().toString(), preview.fileSha256(), preview.kind(),
                preview.mapping().source(), Instant.parse("2025-06-30T08:00:00Z").plusSeconds(id * 60),
                options.skipInvalidRows() ? preview.validRows() : preview.rowsRead(),
                options.skipInvalidRows() ? skipped : 0, preview.validRows() * 3L, "f".repeat(64)));
        return new ImportResult(id, preview.validRows(), options.skipInvalidRows() ? skipped : 0,
                preview.validRows() * 3L, 2, 1, preview.deidentification());
    }

    @Override
    public void undo(Project project, long importId) {
        undone.add(importId);
        imports.removeIf(record -> record.id() == importId);
    }

    @Override
    public List<ImportRecord> imports(Project project) throws ProblemException {
        if (listFailure != null) {
            throw listFailure;
        }
        return List.copyOf(imports);
    }

    @Override
    public List<SupplierSummary> suppliers(Project project) throws ProblemException {
        if (listFailure != null) {
            throw listFailure;
        }
        return List.copyOf(suppliers);
    }

    @Override
    public List<SupplierEvidence> supplierEvidence(Project project, long supplierId) {
        return evidence.getOrDefault(supplierId, List.of());
    }

    /** The kinds of the evidence given in {@link #evidence}. */
    @Override
    public Map<Long, Set<DataSourceKind>> sourceKinds(Project project) {
        Map<Long, Set<DataSourceKind>> kinds = new HashMap<>();
        evidence.forEach((supplier, items) -> items.forEach(item -> kinds.computeIfAbsent(supplier,
                id -> EnumSet.noneOf(DataSourceKind.class)).add(item.kind())));
        return kinds;
    }

    @Override
    public List<SupplierMatch> pendingMatches(Project project) {
        return List.copyOf(matches);
    }

    @Override
    public List<MappingProfile> savedMappings(Project project) {
        return List.of();
    }

    /** A preview of a two-column supplier list with the given problems, optionally a duplicate of an import. */
    public static ImportPreview preview(Path file, DataSourceKind kind, List<ImportProblem> problems,
            long duplicateOf) {
        MappingProfile profile = new MappingProfile("suggested", kind, "abc", false, List.of(new SheetMapping(
                "Sheet1", SheetRole.SUPPLIERS, Layout.TABLE, 1, List.of(
                        new ColumnMapping(0, "Supplier Name", TargetKind.FIELD, "SUPPLIER_NAME", Map.of(), 1.0),
                        new ColumnMapping(1, "Hours", TargetKind.METRIC, "weekly_hours", Map.of(), 1.0)),
                List.of())));
        MappingSuggestion mapping = new MappingSuggestion(profile, "suggested",
                Map.of("Sheet1!A", 0.95, "Sheet1!B", 0.4), List.of());
        return new ImportPreview(file, "a".repeat(64), FileFormat.CSV, kind, mapping, 10, 10 - problems.size(),
                problems, problems.size(), List.of(), DeidentificationSummary.NONE, duplicateOf, List.of());
    }

    /** The same preview with another mapping, as the real service returns when given one. */
    public static ImportPreview withMapping(ImportPreview preview, MappingProfile profile) {
        return new ImportPreview(preview.file(), preview.fileSha256(), preview.format(), preview.kind(),
                new MappingSuggestion(profile, "given", Map.of(), List.of()), preview.rowsRead(), preview.validRows(),
                preview.problems(), preview.problemCount(), preview.hiddenSheetsSkipped(), preview.deidentification(),
                preview.duplicateOfImportId(), preview.uncertainMatches());
    }
}
