package org.ddworkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ddworkbench.ingest.DeidentificationSummary;
import org.ddworkbench.ingest.ImportOptions;
import org.ddworkbench.ingest.ImportPreview;
import org.ddworkbench.ingest.ImportResult;
import org.ddworkbench.ingest.ImportService;
import org.ddworkbench.ingest.map.MappingProfile;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.ImportRecord;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.model.SupplierEvidence;
import org.ddworkbench.model.SupplierMatch;
import org.ddworkbench.model.SupplierSummary;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.store.H2ProjectService;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's bookkeeping with a stand-in import: what it measures, reports and leaves behind. */
class ImportBenchmarkTest {
    private final PackReader packs = new JsonPackReader();

    @TempDir
    Path temp;

    @Test
    void measuresEachFormatAgainstItsBareParseInAFreshProjectAndDeletesItsFolder() throws Exception {
        CountingImports imports = new CountingImports(null);
        ImportBenchmark benchmark = new ImportBenchmark(new H2ProjectService(packs, 1_000), packs, imports,
                file -> 20L * 300);

        BenchmarkReport report = benchmark.run(new BenchmarkSettings(300, 300, temp, false), ProgressListener.NONE,
                new CancellationToken());

        assertThat(report.runs()).extracting(FormatRun::format).containsExactly("XLSX", "CSV");
        assertThat(report.runs()).allSatisfy(run -> {
            assertThat(run.bare().ok()).isTrue();
            assertThat(run.imported().ok()).as(run.imported().failure()).isTrue();
            assertThat(run.rowsImported()).isEqualTo(300);
            assertThat(run.fileBytes()).isPositive();
        });
        assertThat(imports.kinds).containsExactly(DataSourceKind.WORKER_SURVEY, DataSourceKind.WORKER_SURVEY);
        assertThat(imports.projects).hasSize(2).doesNotHaveDuplicates();
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aRefusedImportIsReportedAsAFailureNotThrown() throws Exception {
        ImportBenchmark benchmark = new ImportBenchmark(new H2ProjectService(packs, 1_000), packs,
                new CountingImports("the file is too big"), file -> 20L * 50);

        BenchmarkReport report = benchmark.run(new BenchmarkSettings(0, 50, temp, false), ProgressListener.NONE,
                new CancellationToken());

        assertThat(report.runs()).singleElement().satisfies(run -> {
            assertThat(run.imported().ok()).isFalse();
            assertThat(run.imported().failure()).isEqualTo("the file is too big");
        });
        assertThat(report.targetMet()).isFalse();
    }

    @Test
    void aBareParseThatFailsIsReportedAndTheImportStillRuns() throws Exception {
        ImportBenchmark benchmark = new ImportBenchmark(new H2ProjectService(packs, 1_000), packs,
                new CountingImports(null), file -> {
                    throw new IOException("parser broke");
                });

        BenchmarkReport report = benchmark.run(new BenchmarkSettings(0, 50, temp, false), ProgressListener.NONE,
                new CancellationToken());

        assertThat(report.runs()).singleElement().satisfies(run -> {
            assertThat(run.bare().failure()).isEqualTo("parser broke");
            assertThat(run.imported().ok()).isTrue();
            assertThat(run.ratio()).isZero();
        });
    }

    /** Pretends to import every row, or refuses every file with {@code refusal}. */
    private static final class CountingImports implements ImportService {
        final List<DataSourceKind> kinds = new java.util.ArrayList<>();
        final List<Path> projects = new java.util.ArrayList<>();
        private final String refusal;

        CountingImports(String refusal) {
            this.refusal = refusal;
        }

        @Override
        public ImportPreview preview(Project project, Path file, ImportOptions options, ProgressListener progress,
                CancellationToken cancellation) throws ProblemException {
            if (refusal != null) {
                throw new ProblemException(refusal);
            }
            kinds.add(options.kind());
            projects.add(project.directory());
            int rows;
            try (Stream<String> lines = Files.lines(file)) {
                rows = file.toString().endsWith(".csv") ? (int) lines.count() - 1 : 300;
            } catch (IOException | java.io.UncheckedIOException e) {
                rows = 300;
            }
            return new ImportPreview(file, "0".repeat(64), null, options.kind(), null, rows, rows, List.of(), 0,
                    List.of(), DeidentificationSummary.NONE, 0, List.of());
        }

        @Override
        public ImportResult commit(Project project, ImportPreview preview, ImportOptions options,
                ProgressListener progress, CancellationToken cancellation) {
            return new ImportResult(1, preview.rowsRead(), 0, preview.rowsRead() * 17L, 1, 0,
                    DeidentificationSummary.NONE);
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
}
