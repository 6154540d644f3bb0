package org.ddworkbench.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ddworkbench.ingest.map.MappingProfile;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.ImportRecord;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.model.SupplierEvidence;
import org.ddworkbench.model.SupplierMatch;
import org.ddworkbench.model.SupplierSummary;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/** Imports spreadsheets into a project: preview and validate, commit all or nothing, undo, and list what came in. */
public interface ImportService {

    /**
     * Reads the whole file (streaming), detects kind and mapping, validates every value against the pack,
     * and reports problems without storing anything.
     */
    ImportPreview preview(Project project, Path file, ImportOptions options, ProgressListener progress,
            CancellationToken cancellation) throws ProblemException;

    /**
     * Imports the file in one transaction (all of it or none of it) with provenance for every value, and
     * logs it in the activity log within the same transaction. Refuses a file with problems unless
     * {@code options.skipInvalidRows()}; refuses a file already imported unless {@code replaceDuplicate}.
     * The file is re-read and its SHA-256 checked against the preview's.
     */
    ImportResult commit(Project project, ImportPreview preview, ImportOptions options, ProgressListener progress,
            CancellationToken cancellation) throws ProblemException;

    /** Removes exactly the data of one import (suppliers it created and nothing else uses included); logged. */
    void undo(Project project, long importId) throws ProblemException;

    List<ImportRecord> imports(Project project) throws ProblemException;

    List<SupplierSummary> suppliers(Project project) throws ProblemException;

    List<SupplierEvidence> supplierEvidence(Project project, long supplierId) throws ProblemException;

    /** The kinds of file (SAQ, audit, worker survey…) that gave values about each supplier, by supplier id. */
    Map<Long, Set<DataSourceKind>> sourceKinds(Project project) throws ProblemException;

    /** Uncertain supplier matches awaiting review. */
    List<SupplierMatch> pendingMatches(Project project) throws ProblemException;

    List<MappingProfile> savedMappings(Project project) throws ProblemException;
}
