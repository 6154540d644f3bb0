package org.ddworkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ddworkbench.check.DefaultRiskService;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.report.ReportResult;
import org.ddworkbench.report.StoreReportService;
import org.ddworkbench.report.disclosure.DisclosureControl;
import org.ddworkbench.store.H2ProjectService;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.ProjectService;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report benchmark on 200 suppliers x 20 workers: the plain GROUP BY and the report give the same figures. */
class ReportBenchmarkTest {
    private final PackReader packs = new JsonPackReader();
    private final ProjectService projects = new H2ProjectService(packs, 1_000);
    private final StoreReportService reports = new StoreReportService(new DisclosureControl(), new DefaultRiskService());

    @TempDir
    Path temp;

    @Test
    void smallRunCountsEveryWorkerRowAndTheGroupByEqualsEveryPublishedCell() throws Exception {
        List<String> steps = new ArrayList<>();
        ReportBenchmark benchmark = new ReportBenchmark(projects, packs, reports);

        ReportBenchmarkReport report = benchmark.run(new ReportBenchmarkSettings(200, 20, temp, false),
                (fraction, message) -> steps.add(message), new CancellationToken());

        assertThat(report.data().workerRows()).as("every supplier is surveyed").isEqualTo(200L * 20);
        assertThat(report.referenceRows()).isEqualTo(200L * 20);
        ReportAgreement agreement = report.agreement();
        assertThat(agreement.mismatches()).as(agreement.firstMismatch()).isZero();
        assertThat(agreement.referenceCellsMissing()).isZero();
        assertThat(agreement.publishedCells()).as("most cells are published").isGreaterThan(100);
        assertThat(agreement.countries()).hasSizeGreaterThan(5);
        assertThat(agreement.years()).containsExactly("2024", "2025");
        assertThat(report.figuresAgree()).isTrue();
        assertThat(report.groupBy().ok()).as(report.groupBy().failure()).isTrue();
        assertThat(report.report().ok()).as(report.report().failure()).isTrue();
        assertThat(report.ratio()).isPositive();
        assertThat(steps).contains("Copying the worker rows into a plain table", "Timing the plain GROUP BY",
                "Timing the report");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).as("the working folder is deleted without keep").isEmpty();
        }

        StringWriter text = new StringWriter();
        report.print(new PrintWriter(text));
        assertThat(text.toString()).contains("Report benchmark: 200 suppliers x 20 surveyed workers",
                "seconds (warm, median of 3)", "peak heap used (MB)", "<= 2x", "4,000 worker rows",
                "all equal to the GROUP BY", "figures equal: yes").doesNotContain("FAILED");
    }

    @Test
    void groupByCountsOnlyWorkersBeyondAThresholdOfTheIndicator() throws Exception {
        try (Project project = projects.create(temp.resolve("p"), "Reference", "benchmark-only-passphrase"
                .toCharArray(), packs.bundled())) {
            SyntheticProject.Counts data = new SyntheticProject(30, 10, ReportBenchmarkSettings.AS_OF, true)
                    .build(project, ProgressListener.NONE, new CancellationToken());
            GroupByReference reference = new GroupByReference(project.pack().pack());

            assertThat(reference.copy(project)).isEqualTo(data.workerRows()).isEqualTo(300);
            Map<GroupByReference.Cell, Long> counts = project.inTransaction(reference::counts);
            ReportResult result = reports.preview(project, ReportBenchmark.DEFINITION, ReportBenchmarkSettings.AS_OF,
                    ProgressListener.NONE, new CancellationToken());

            assertThat(reference.sql()).contains("GROUP BY", "COUNT(DISTINCT CASE WHEN");
            assertThat(counts).as("counts exist only for indicators some worker metric bears on")
                    .isNotEmpty().allSatisfy((cell, count) -> assertThat(count).isBetween(1L, 300L));
            assertThat(counts.keySet()).extracting(GroupByReference.Cell::indicator)
                    .doesNotContain("Physical and sexual violence", "Abuse of vulnerability");
            assertThat(ReportAgreement.of(result, counts).mismatches()).isZero();
        }
    }
}
