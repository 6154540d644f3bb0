package org.ddworkbench.ingest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ddworkbench.ingest.map.MappingProfile;
import org.ddworkbench.ingest.map.SheetMapping;
import org.ddworkbench.ingest.read.FileFormat;
import org.ddworkbench.ingest.read.ReadOptions;
import org.ddworkbench.ingest.read.TableReader;
import org.ddworkbench.ingest.value.CountryNormalizer;
import org.ddworkbench.ingest.value.Deidentifier;
import org.ddworkbench.ingest.value.ValueParser;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.SupplierMatch;
import org.ddworkbench.task.CancellationToken;

/**
 * Reads a whole file once with a mapping: every row interpreted and validated, valid records handed to an
 * {@link ImportWriter}. The preview runs it with a counting writer, the commit with the store's; the outcome is
 * the same counts, problems and de-identification summary either way.
 */
final class ImportPass {
    /** What a pass found and did. */
    record Outcome(int rowsRead, int validRows, ProblemList problems, List<String> hiddenSheets,
            DeidentificationSummary deidentification, long valuesStored, int suppliersCreated, int suppliersMatched,
            List<SupplierMatch> uncertain, int uncertainCount, int audits, int findings) {

        int invalidRows() {
            return rowsRead - validRows;
        }
    }

    private final String fileName;
    private final MetricPack pack;
    private final Map<String, SheetPlan> plans = new LinkedHashMap<>();
    private final DeidentificationTally tally = new DeidentificationTally();
    private final boolean workerLevel;

    /** Compiles {@code profile} for the file; refuses a mapping that names unknown metrics or fields. */
    ImportPass(String fileName, MappingProfile profile, DataSourceKind kind, MetricPack pack)
            throws FileRejectedException {
        this.fileName = fileName;
        this.pack = pack;
        boolean workerKind = isWorkerLevel(kind);
        boolean anyWorkerSheet = workerKind;
        for (SheetMapping sheet : profile.sheets()) {
            SheetPlan plan = SheetPlan.compile(fileName, sheet, pack, workerKind, tally);
            plans.putIfAbsent(sheet.sheet(), plan);
            anyWorkerSheet |= plan.workerLevel;
        }
        this.workerLevel = anyWorkerSheet;
    }

    static boolean isWorkerLevel(DataSourceKind kind) {
        return kind == DataSourceKind.WORKER_SURVEY || kind == DataSourceKind.GRIEVANCE;
    }

    /** Whether any sheet holds worker-level rows: their cell values never appear in problems. */
    boolean workerLevel() {
        return workerLevel;
    }

    Outcome run(TableReader reader, Path file, ReadOptions options, ValueParser values, CountryNormalizer countries,
            Deidentifier deidentifier, ImportWriter writer, SupplierMatcher matcher, CancellationToken cancellation,
            ProgressMeter progress) throws FileRejectedException {
        ProblemList problems = new ProblemList(fileName, workerLevel);
        CellInterpreter cells = new CellInterpreter(values, countries, deidentifier, problems, tally);
        SupplierResolver suppliers = new SupplierResolver(matcher, writer);
        RecordStorer storer = new RecordStorer(suppliers, writer);
        FilePass pass = new FilePass(plans, cells, problems, storer, new AuditAssembler(pack, problems),
                cancellation, progress, reader.format() == FileFormat.CSV);
        reader.read(file, options, pass, cancellation);
        pass.finish();
        storer.finish();
        int invalid = problems.invalidRowCount();
        return new Outcome(pass.rowsRead(), pass.rowsRead() - invalid, problems, pass.hiddenSheets(),
                tally.summary(), storer.valuesStored(), suppliers.created(), suppliers.matched(),
                suppliers.uncertain(), suppliers.uncertainCount(), storer.audits(), storer.findings());
    }
}
