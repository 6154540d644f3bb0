package org.ddworkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ddworkbench.check.DefaultCheckService;
import org.ddworkbench.ingest.DefaultImportService;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.ImportRecord;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.store.H2ProjectService;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.ProjectService;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check benchmark on 50 suppliers: the synthetic data looks like imported data, the check finds its problems, the report has its shape. */
class CheckBenchmarkTest {
    private final PackReader packs = new JsonPackReader();
    private final ProjectService projects = new H2ProjectService(packs, 1_000);

    @TempDir
    Path temp;

    @Test
    void smallRunMeasuresScanFirstCheckAndRerunFindsPlantedProblemsAndDeletesItsFolder() throws Exception {
        List<String> steps = new ArrayList<>();
        CheckBenchmark benchmark = new CheckBenchmark(projects, packs, new DefaultCheckService());

        CheckBenchmarkReport report = benchmark.run(new CheckBenchmarkSettings(50, 10, temp, false),
                (fraction, message) -> steps.add(message), new CancellationToken());

        assertThat(report.data().suppliers()).isEqualTo(50);
        assertThat(report.data().suppliersWithProblems()).isBetween(1, 30);
        assertThat(report.data().observations()).as("about 50 values per supplier").isBetween(50L * 30, 50L * 60);
        assertThat(report.data().audits()).isBetween(35, 50);
        assertThat(report.data().workerRows() % 10).isZero();
        assertThat(report.scanned().values()).isEqualTo(report.data().values());
        assertThat(report.scan().ok()).isTrue();
        assertThat(report.first().ok()).as(report.first().failure()).isTrue();
        assertThat(report.rerun().ok()).as(report.rerun().failure()).isTrue();
        assertThat(report.findings()).as("the planted problems are found").isPositive();
        assertThat(report.firstSummary().suppliersChecked()).isEqualTo(50);
        assertThat(report.rerunSummary().suppliersUnchanged()).isEqualTo(50);
        assertThat(report.rerunSummary().opened()).isZero();
        assertThat(report.rerunSummary().closed()).isZero();
        assertThat(report.checkRatio()).isPositive();
        assertThat(report.rerunSpeedup()).isPositive();
        assertThat(steps).contains("Plain full scan of the same tables", "First check", "Re-run with nothing changed");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).as("the working folder is deleted without keep").isEmpty();
        }

        StringWriter text = new StringWriter();
        report.print(new PrintWriter(text));
        assertThat(text.toString()).contains("Check benchmark: 50 suppliers x 10 surveyed workers", "plain full scan",
                "first check", "re-run, nothing changed", "first check / plain scan", "<= 3x", "first check / re-run",
                ">= 5x", "Data: 50 suppliers", "First check: 50 suppliers checked", "Re-run: 0 suppliers checked, 50 unchanged",
                "Targets: check <= 3x plain scan: ").containsPattern("(PASS|MISS) \\(\\d+\\.\\d\\dx\\)")
                .doesNotContain("FAILED");
    }

    @Test
    void syntheticDataCarriesProvenanceLikeAnImportAndIsTheSameEveryTime() throws Exception {
        List<Long> counts = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            Path dir = temp.resolve("p" + run);
            try (Project project = projects.create(dir, "Synthetic", "benchmark-only-passphrase".toCharArray(),
                    packs.bundled())) {
                SyntheticProject.Counts data = new SyntheticProject(20, 5, CheckBenchmarkSettings.AS_OF)
                        .build(project, ProgressListener.NONE, new CancellationToken());
                counts.add(data.values());

                List<ImportRecord> imports = new DefaultImportService().imports(project);
                assertThat(imports).extracting(ImportRecord::kind).containsExactlyInAnyOrder(
                        DataSourceKind.SUPPLIER_LIST, DataSourceKind.SAQ, DataSourceKind.AUDIT,
                        DataSourceKind.WORKER_SURVEY);
                assertThat(imports.stream().mapToLong(ImportRecord::valuesStored).sum()).isEqualTo(data.values());
                assertThat(new DefaultImportService().suppliers(project)).hasSize(20)
                        .allSatisfy(s -> assertThat(s.values()).isPositive());
                project.inTransaction(connection -> {
                    try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM observation o"
                            + " WHERE o.sheet IS NULL OR o.row_num < 2 OR o.col_num < 0 OR o.source_kind = 'AUDIT'"
                            + " AND o.audit_id IS NULL");
                            ResultSet rs = select.executeQuery()) {
                        rs.next();
                        assertThat(rs.getLong(1)).as("every value has its cell, audit values their audit").isZero();
                    }
                    return null;
                });
                assertThat(project.activityLog().entries()).filteredOn(e -> e.action().equals("import.completed"))
                        .hasSize(4);
            }
        }
        assertThat(counts.get(0)).isEqualTo(counts.get(1));
    }
}
