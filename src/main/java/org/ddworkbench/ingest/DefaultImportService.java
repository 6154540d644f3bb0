package org.ddworkbench.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.ddworkbench.ingest.map.FilePreview;
import org.ddworkbench.ingest.map.MappingProfile;
import org.ddworkbench.ingest.map.MappingSuggestion;
import org.ddworkbench.ingest.map.PreviewCollector;
import org.ddworkbench.ingest.read.FileFormat;
import org.ddworkbench.ingest.read.ReadOptions;
import org.ddworkbench.ingest.read.RawCell;
import org.ddworkbench.ingest.read.TableReader;
import org.ddworkbench.ingest.value.Deidentifier;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.ImportRecord;
import org.ddworkbench.model.IoReason;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.model.SupplierEvidence;
import org.ddworkbench.model.SupplierMatch;
import org.ddworkbench.model.SupplierSummary;
import org.ddworkbench.store.MappingProfileRepository.StoredProfile;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.StoredSupplier;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/**
 * The import pipeline: preview reads and validates a whole file without storing anything; commit re-reads it
 * and stores it in one transaction with its activity-log entry, so the project holds all of it or none of it;
 * undo removes exactly one import's data. Only counts and ids are logged, never values.
 */
public final class DefaultImportService implements ImportService {
    static final int PREVIEW_ROWS = 60;
    private static final int PROBLEMS_IN_MESSAGE = 3;
    private static final Logger LOG = Logger.getLogger(DefaultImportService.class.getName());

    private final ImportComponents parts;
    private final ImportStores stores;
    private final ImportQueries queries;
    private final ImportJson json = new ImportJson();
    private final Clock clock;

    /** The service with the workbench's standard readers, suggester, parsers and de-identifier. */
    public DefaultImportService() {
        this(ImportComponents.standard());
    }

    public DefaultImportService(ImportComponents parts) {
        this(parts, Clock.systemUTC());
    }

    DefaultImportService(ImportComponents parts, Clock clock) {
        this.parts = parts;
        this.stores = ImportStores.standard();
        this.queries = new ImportQueries(stores, parts.profiles());
        this.clock = clock;
    }

    @Override
    public ImportPreview preview(Project project, Path file, ImportOptions options, ProgressListener progress,
            CancellationToken cancellation) throws ProblemException {
        String fileName = fileName(file);
        progress.progress(-1, "Checking " + fileName);
        String sha256 = FileHash.sha256(file, cancellation);
        TableReader reader = parts.readers().forFile(file);
        FilePreview firstRows = firstRows(reader, file, options, cancellation);
        MappingSuggestion mapping = options.mapping() != null
                ? new MappingSuggestion(options.mapping(), "chosen", Map.of(), List.of())
                : parts.suggester().suggest(firstRows, project.pack().pack(), options.kind(), savedMappings(project));
        DataSourceKind kind = options.kind() != null ? options.kind() : mapping.profile().kind();
        ImportPass pass = new ImportPass(fileName, mapping.profile(), kind, project.pack().pack());
        StoreState state = read(project, "checking " + fileName, c -> new StoreState(
                stores.suppliers().all(c), stores.imports().findBySha256(c, sha256), stores.secrets().read(c)));
        Deidentifier deidentifier = deidentifier(state.secret());
        ImportPass.Outcome outcome = pass.run(reader, file, readOptions(options, 0), parts.values(),
                parts.countries(), deidentifier, new CountingWriter(), new SupplierMatcher(state.suppliers()),
                cancellation, new ProgressMeter(progress, estimateRows(firstRows, file), "Checking"));
        LOG.fine(() -> String.format("Preview: %d rows read, %d valid, %d problems", outcome.rowsRead(),
                outcome.validRows(), outcome.problems().count()));
        progress.progress(1, "Checked " + fileName);
        return new ImportPreview(file, sha256, reader.format(), kind, mapping, outcome.rowsRead(), outcome.validRows(),
                outcome.problems().listed(), outcome.problems().count(), outcome.hiddenSheets(),
                outcome.deidentification(), state.duplicate().map(ImportRecord::id).orElse(0L), outcome.uncertain());
    }

    @Override
    public ImportResult commit(Project project, ImportPreview preview, ImportOptions options,
            ProgressListener progress, CancellationToken cancellation) throws ProblemException {
        Path file = preview.file();
        String fileName = fileName(file);
        progress.progress(-1, "Checking that " + fileName + " is unchanged");
        if (!FileHash.sha256(file, cancellation).equals(preview.fileSha256())) {
            throw new FileRejectedException(fileName + " has changed since it was checked; check it again before"
                    + " importing it.");
        }
        if (preview.problemCount() > 0 && !options.skipInvalidRows()) {
            throw refusal(fileName, preview.problemCount(), preview.problems());
        }
        MappingProfile profile = options.mapping() != null ? options.mapping() : preview.mapping().profile();
        DataSourceKind kind = preview.kind();
        String mappingName = options.saveMappingAs() != null ? options.saveMappingAs() : mappingName(preview, profile);
        ImportPass pass = new ImportPass(fileName, profile, kind, project.pack().pack());
        TableReader reader = parts.readers().forFile(file);
        StoredProfile saved = options.saveMappingAs() == null ? null
                : savedProfile(reader, file, options, profile, kind);
        try {
            return project.inTransaction(connection -> {
                long replaced = removeDuplicate(project, connection, preview, options, fileName);
                Deidentifier deidentifier = deidentifier(stores.secrets().read(connection));
                Instant now = clock.instant();
                long importId = stores.imports().insert(connection, fileName, preview.fileSha256(), kind, mappingName,
                        now, project.pack().fingerprint());
                StoreWriter writer = new StoreWriter(connection, importId, kind, stores);
                ImportPass.Outcome outcome = run(pass, reader, file, options, deidentifier, writer,
                        stores.suppliers().all(connection), cancellation,
                        new ProgressMeter(progress, preview.rowsRead(), "Importing"));
                cancellation.throwIfCancelled();
                if (outcome.problems().count() > 0 && !options.skipInvalidRows()) {
                    throw new Refusal(refusal(fileName, outcome.problems().count(), outcome.problems().listed()));
                }
                stores.imports().complete(connection, importId, outcome.validRows(), outcome.invalidRows(),
                        outcome.valuesStored(), json.summary(kind, mappingName, outcome));
                if (saved != null) {
                    stores.profiles().save(connection, saved);
                }
                project.activityLog().append(connection, "import.completed", summary(fileName, kind, outcome),
                        json.completed(importId, fileName, preview.fileSha256(), kind, mappingName, outcome, replaced));
                LOG.info(() -> String.format("Import %d stored %d rows (%d skipped) and %d values", importId,
                        outcome.validRows(), outcome.invalidRows(), outcome.valuesStored()));
                return new ImportResult(importId, outcome.validRows(), outcome.invalidRows(), outcome.valuesStored(),
                        outcome.suppliersCreated(), outcome.suppliersMatched(), outcome.deidentification());
            });
        } catch (Refusal r) {
            throw r.problem();
        } catch (StoreFailure e) {
            throw storeFailed(fileName, project.directory(), e.sqlCause());
        } catch (SQLException e) {
            throw storeFailed(fileName, project.directory(), e);
        }
    }

    @Override
    public void undo(Project project, long importId) throws ProblemException {
        try {
            project.inTransaction(connection -> {
                ImportRecord record = stores.imports().find(connection, importId).orElseThrow(() -> new Refusal(
                        new ImportStoreException("There is no import #" + importId + " in this project.", null)));
                undo(project, connection, record, "undone by the user");
                return null;
            });
        } catch (Refusal r) {
            throw r.problem();
        } catch (SQLException e) {
            throw new ImportStoreException("Import #" + importId + " could not be undone; the project is unchanged.", e);
        }
    }

    @Override
    public List<ImportRecord> imports(Project project) throws ProblemException {
        return read(project, "listing the imports", stores.imports()::all);
    }

    @Override
    public List<SupplierSummary> suppliers(Project project) throws ProblemException {
        return read(project, "listing the suppliers", queries::suppliers);
    }

    @Override
    public List<SupplierEvidence> supplierEvidence(Project project, long supplierId) throws ProblemException {
        return read(project, "reading what the files said about supplier #" + supplierId,
                c -> queries.evidence(c, project.pack().pack(), supplierId));
    }

    @Override
    public Map<Long, Set<DataSourceKind>> sourceKinds(Project project) throws ProblemException {
        return read(project, "listing the kinds of file about each supplier", queries::sourceKinds);
    }

    @Override
    public List<SupplierMatch> pendingMatches(Project project) throws ProblemException {
        return read(project, "listing uncertain supplier matches", stores.suppliers()::uncertain);
    }

    @Override
    public List<MappingProfile> savedMappings(Project project) throws ProblemException {
        List<StoredProfile> stored = read(project, "reading the saved mappings", stores.profiles()::all);
        return queries.profiles(stored);
    }

    private ImportPass.Outcome run(ImportPass pass, TableReader reader, Path file, ImportOptions options,
            Deidentifier deidentifier, StoreWriter writer, List<StoredSupplier> suppliers,
            CancellationToken cancellation, ProgressMeter progress) {
        try {
            return pass.run(reader, file, readOptions(options, 0), parts.values(), parts.countries(), deidentifier,
                    writer, new SupplierMatcher(suppliers), cancellation, progress);
        } catch (FileRejectedException e) {
            writer.abandon();
            throw new Refusal(e);
        } catch (RuntimeException | Error e) {
            writer.abandon();
            throw e;
        }
    }

    /** Refuses an earlier import of the same file, or undoes it when the user chose to replace it. */
    private long removeDuplicate(Project project, Connection connection, ImportPreview preview, ImportOptions options,
            String fileName) throws SQLException {
        Optional<ImportRecord> earlier = stores.imports().findBySha256(connection, preview.fileSha256());
        if (earlier.isEmpty()) {
            return 0;
        }
        ImportRecord record = earlier.get();
        if (!options.replaceDuplicate()) {
            throw new Refusal(new FileRejectedException(fileName + " was already imported on "
                    + record.importedAt().atZone(ZoneId.systemDefault()).toLocalDate() + " as import #" + record.id()
                    + "; choose replace to import it again."));
        }
        undo(project, connection, record, "replaced by a new import of the same file");
        return record.id();
    }

    private void undo(Project project, Connection connection, ImportRecord record, String reason) throws SQLException {
        Map<String, Integer> deleted = stores.imports().delete(connection, record.id());
        project.activityLog().append(connection, "import.undone", "Import #" + record.id() + " of "
                + record.fileName() + " was undone (" + reason + ").", json.undone(record, deleted, reason));
        LOG.info(() -> "Import " + record.id() + " undone: " + deleted);
    }

    private StoredProfile savedProfile(TableReader reader, Path file, ImportOptions options, MappingProfile profile,
            DataSourceKind kind) throws FileRejectedException {
        FilePreview firstRows = firstRows(reader, file, options, new CancellationToken());
        String name = options.saveMappingAs().strip();
        MappingProfile named = new MappingProfile(name, kind, profile.headerSignature(), profile.fromTemplate(),
                profile.sheets());
        String signature = parts.suggester().headerSignature(firstRows, named);
        MappingProfile signed = new MappingProfile(name, kind, signature, profile.fromTemplate(), profile.sheets());
        return new StoredProfile(name, kind.name(), signature, parts.profiles().toJson(signed), clock.instant());
    }

    private static FilePreview firstRows(TableReader reader, Path file, ImportOptions options,
            CancellationToken cancellation) throws FileRejectedException {
        PreviewCollector collector = new PreviewCollector(fileName(file), reader.format(), PREVIEW_ROWS);
        reader.read(file, readOptions(options, PREVIEW_ROWS), collector, cancellation);
        return collector.preview();
    }

    private Deidentifier deidentifier(byte[] secret) {
        try {
            return parts.deidentifiers().forSecret(secret);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private <T> T read(Project project, String what, Project.SqlWork<T> work) throws ImportStoreException {
        try {
            return project.inTransaction(work);
        } catch (SQLException e) {
            throw new ImportStoreException("The project store failed while " + what
                    + diskProblem(project.directory(), e) + ".", e);
        }
    }

    private static ReadOptions readOptions(ImportOptions options, int maxRows) {
        return new ReadOptions(options.workbookPassword(), maxRows);
    }

    private static String mappingName(ImportPreview preview, MappingProfile profile) {
        return profile.name() != null && !profile.name().isBlank() ? profile.name() : preview.mapping().source();
    }

    private static String summary(String fileName, DataSourceKind kind, ImportPass.Outcome outcome) {
        return String.format("Imported %s (%s): %,d rows, %,d values%s.", fileName, kind.name(), outcome.validRows(),
                outcome.valuesStored(), outcome.invalidRows() > 0
                        ? String.format(", %,d invalid rows skipped", outcome.invalidRows()) : "");
    }

    private static FileRejectedException refusal(String fileName, long count, List<ImportProblem> problems) {
        StringBuilder message = new StringBuilder(fileName).append(" was not imported: it has ")
                .append(String.format("%,d", count)).append(count == 1 ? " problem" : " problems").append(". ");
        problems.stream().limit(PROBLEMS_IN_MESSAGE).forEach(p -> message.append("Sheet \"").append(p.sheet())
                .append('"').append(p.row() > 0 ? ", row " + p.row() : "")
                .append(p.column().isEmpty() ? "" : ", column " + p.column()).append(": ").append(p.reason())
                .append(". "));
        return new FileRejectedException(message.append("Fix the file and import it again, or choose to skip the"
                + " invalid rows.").toString());
    }

    private static ImportStoreException storeFailed(String fileName, Path projectDir, SQLException cause) {
        return new ImportStoreException("The import of " + fileName + " could not be stored in the project"
                + diskProblem(projectDir, cause) + "; nothing of it was kept.", cause);
    }

    /**
     * ": writing to FOLDER failed (No space left on device)" when the disk refused a write, else nothing. The
     * deepest I/O failure is the system's own: H2 wraps it (a full disk closes the store, and later calls fail
     * with "This store is closed" around it).
     */
    private static String diskProblem(Path projectDir, Throwable cause) {
        IOException deepest = null;
        for (Throwable t = cause; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof IOException io && io.getMessage() != null) {
                deepest = io;
            }
        }
        return deepest == null ? "" : ": writing to " + projectDir + " failed (" + IoReason.of(deepest) + ")";
    }

    /** Estimated data rows for progress: exact enough for CSV from the preview's text, unknown for workbooks. */
    private static long estimateRows(FilePreview preview, Path file) {
        if (preview.format() != FileFormat.CSV || preview.sheets().isEmpty()) {
            return 0;
        }
        long chars = 0;
        long rows = 0;
        for (List<RawCell> cells : preview.sheets().get(0).rows().values()) {
            rows++;
            chars += 1 + cells.stream().mapToLong(c -> c.text().length() + 1).sum();
        }
        try {
            return rows == 0 || chars == 0 ? 0 : java.nio.file.Files.size(file) * rows / chars;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** What the store held when a preview began. */
    private record StoreState(List<StoredSupplier> suppliers, Optional<ImportRecord> duplicate, byte[] secret) {
    }

    /** Carries a refusal out of a transaction, which then rolls back. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ProblemException problem;

        Refusal(ProblemException problem) {
            super(problem.getMessage(), null, false, false);
            this.problem = problem;
        }

        ProblemException problem() {
            return problem;
        }
    }
}
