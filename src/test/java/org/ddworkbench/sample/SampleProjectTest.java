package org.ddworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.ddworkbench.check.DefaultCheckService;
import org.ddworkbench.ingest.DefaultImportService;
import org.ddworkbench.ingest.ImportService;
import org.ddworkbench.model.ActivityEntry;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.ImportRecord;
import org.ddworkbench.model.SupplierSummary;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.store.H2ProjectService;
import org.ddworkbench.store.PassphrasePolicy;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.ProjectService;
import org.ddworkbench.store.TestFolders;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Building the sample project: what is created and imported, what is kept, and that cancelling leaves nothing behind. */
class SampleProjectTest {
    private final PackReader reader = new JsonPackReader();
    private final ProjectService projects = new H2ProjectService(reader, 1_000);
    private final ImportService imports = new DefaultImportService();
    private final SampleProject sample = new SampleProject(projects, reader, imports, new DefaultCheckService());
    /** For the tests about folders, not data: imports nothing, quickly. */
    private final StubImports stubImports = new StubImports();
    private final SampleProject quickSample = new SampleProject(projects, reader, stubImports, new DefaultCheckService());

    @TempDir
    Path base;

    @Test
    void ensureWritesTheInputsAndImportsThemAllIntoAProjectWithTheBundledPackAndALogEntry() throws Exception {
        List<Double> fractions = new ArrayList<>();
        Path projectDir = sample.ensure(base, (fraction, message) -> fractions.add(fraction), new CancellationToken());

        assertThat(projectDir).isEqualTo(base.resolve("project"));
        assertThat(base.resolve("inputs/grievances.csv")).isRegularFile();
        assertThat(fractions).isSorted().last().isEqualTo(1.0);
        try (Project project = projects.open(projectDir, SampleProject.PASSPHRASE.toCharArray())) {
            assertThat(project.info().name()).isEqualTo("Thai seafood & apparel (sample)");
            assertThat(project.info().packFingerprint()).isEqualTo(reader.bundled().fingerprint());
            List<ActivityEntry> entries = project.activityLog().entries();
            assertThat(entries).filteredOn(e -> e.action().equals("sample.created")).singleElement()
                    .satisfies(e -> assertThat(e.detailJson()).contains("\"fictional\":true", "\"inputFiles\":31",
                            "\"imported\":30"));
            assertThat(project.activityLog().verify().intact()).isTrue();

            List<ImportRecord> imported = imports.imports(project).stream()
                    .sorted(Comparator.comparingLong(ImportRecord::id)).toList();
            assertThat(imported).hasSize(30);
            assertThat(imported.get(0).fileName()).isEqualTo("suppliers.csv");
            assertThat(imported).extracting(ImportRecord::kind).containsSubsequence(DataSourceKind.SUPPLIER_LIST,
                    DataSourceKind.SAQ, DataSourceKind.AUDIT, DataSourceKind.WORKER_SURVEY, DataSourceKind.GRIEVANCE);
            assertThat(imported).filteredOn(r -> r.kind() == DataSourceKind.WORKER_SURVEY).singleElement()
                    .satisfies(r -> assertThat(r.rowsImported()).isEqualTo(302));
            List<SupplierSummary> suppliers = imports.suppliers(project);
            assertThat(suppliers).hasSize(12).allSatisfy(s -> assertThat(s.values()).isPositive());
            assertThat(suppliers).extracting(SupplierSummary::country).containsOnly("TH", "MM", "KH", "VN", "BD");
            assertThat(imports.pendingMatches(project)).isEmpty();
        }
        try (Stream<Path> left = Files.list(base)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("inputs", "project");
        }
    }

    @Test
    void importsRunInTheOrderAUserWouldTakeSuppliersFirst() throws Exception {
        copyCommittedInputs(base.resolve("inputs"));
        quickSample.ensure(base, ProgressListener.NONE, new CancellationToken());
        assertThat(stubImports.committed).hasSize(30).startsWith("suppliers.csv")
                .endsWith("worker-survey.xlsx", "grievances.csv");
        assertThat(stubImports.committed.subList(1, 13)).allMatch(name -> !name.matches(".*-\\d{4}-\\d{2}\\.xlsx"));
        assertThat(stubImports.committed.subList(13, 28)).allMatch(name -> name.matches(".*-\\d{4}-\\d{2}\\.xlsx"));
    }

    @Test
    void ensureLeavesAnExistingInputsFolderAndProjectAlone() throws Exception {
        copyCommittedInputs(base.resolve("inputs"));
        quickSample.ensure(base, ProgressListener.NONE, new CancellationToken());
        Path survey = base.resolve("inputs/worker-survey.xlsx");
        Files.delete(survey);

        quickSample.ensure(base, ProgressListener.NONE, new CancellationToken());

        assertThat(survey).doesNotExist();
        try (Project project = projects.open(base.resolve("project"), SampleProject.PASSPHRASE.toCharArray())) {
            assertThat(project.activityLog().entries()).filteredOn(e -> e.action().equals("sample.created")).hasSize(1);
        }
    }

    @Test
    void ensureRegeneratesMissingInputsNextToAnExistingProject() throws Exception {
        copyCommittedInputs(base.resolve("inputs"));
        quickSample.ensure(base, ProgressListener.NONE, new CancellationToken());
        deleteTree(base.resolve("inputs"));

        quickSample.ensure(base, ProgressListener.NONE, new CancellationToken());

        assertThat(base.resolve("inputs/worker-survey.xlsx")).isRegularFile();
        try (Stream<Path> left = Files.list(base)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("inputs", "project");
        }
    }

    @Test
    void samplePassphraseMeetsThePolicy() {
        assertThat(new PassphrasePolicy().problem(SampleProject.PASSPHRASE.toCharArray())).isEmpty();
    }

    @Test
    void cancellingLeavesNeitherInputsNorAHalfWrittenFolder() throws Exception {
        CancellationToken token = new CancellationToken();
        ProgressListener cancelSoon = (fraction, message) -> {
            if (fraction > 0.1) {
                token.cancel();
            }
        };
        assertThatThrownBy(() -> sample.ensure(base, cancelSoon, token)).isInstanceOf(CancellationException.class);
        try (Stream<Path> left = Files.list(base)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void cancellingDuringTheImportsLeavesTheInputsButNoProject() throws Exception {
        copyCommittedInputs(base.resolve("inputs"));
        CancellationToken token = new CancellationToken();
        ProgressListener cancelHalfway = (fraction, message) -> {
            if (fraction > 0.6) {
                token.cancel();
            }
        };
        assertThatThrownBy(() -> quickSample.ensure(base, cancelHalfway, token)).isInstanceOf(CancellationException.class);
        assertThat(stubImports.committed).isNotEmpty().doesNotContain("grievances.csv");
        try (Stream<Path> left = Files.list(base)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("inputs");
        }
    }

    /** Saves the generator's cold start where a test is about the project, not the files. */
    private static void copyCommittedInputs(Path target) throws Exception {
        TestFolders.copy(Path.of("sample-projects", "thai-seafood-apparel", "inputs"), target);
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
