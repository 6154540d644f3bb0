package org.ddworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ddworkbench.check.DefaultRiskService;
import org.ddworkbench.check.CheckService;
import org.ddworkbench.check.CheckService.FindingQuery;
import org.ddworkbench.check.DefaultCheckService;
import org.ddworkbench.ingest.DefaultImportService;
import org.ddworkbench.model.DisclosureDefaults;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.model.ReviewState;
import org.ddworkbench.model.Severity;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.report.disclosure.CellMark;
import org.ddworkbench.report.disclosure.DisclosureControl;
import org.ddworkbench.report.disclosure.Position;
import org.ddworkbench.report.disclosure.ProtectedTable;
import org.ddworkbench.report.disclosure.SuppressionAudit;
import org.ddworkbench.sample.SampleProject;
import org.ddworkbench.store.H2ProjectService;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.ProjectService;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Report previews over the checked sample project (built once for the class), with two corrective actions added
 * per flagged supplier: one overdue on 15 July 2025 and one not yet due.
 */
class StoreReportServiceTest {
    private static final PackReader READER = new JsonPackReader();
    private static final ProjectService PROJECTS = new H2ProjectService(READER, 1_000);
    private static final CheckService CHECKS = new DefaultCheckService();
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 15);

    @TempDir
    static Path base;
    private static Project project;
    private static List<Finding> counting;
    private static Set<String> supplierNames;

    private final ReportService reports = new StoreReportService(new DisclosureControl(), new DefaultRiskService());

    @BeforeAll
    static void buildTheSampleAndAddActions() throws Exception {
        Path dir = new SampleProject(PROJECTS, READER, new DefaultImportService(), CHECKS)
                .ensure(base, ProgressListener.NONE, new CancellationToken());
        project = PROJECTS.open(dir, SampleProject.PASSPHRASE.toCharArray());
        counting = CHECKS.findings(project, FindingQuery.OPEN).stream()
                .filter(f -> f.supplierId() != null && f.review() != ReviewState.FALSE_POSITIVE).toList();
        Map<Long, Long> findingPerSupplier = new TreeMap<>();
        counting.forEach(f -> findingPerSupplier.putIfAbsent(f.supplierId(), f.id()));
        supplierNames = project.inTransaction(c -> {
            try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM corrective_action");
                    ResultSet rs = count.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("the sample has no corrective actions of its own").isZero();
            }
            String insert = "INSERT INTO corrective_action (finding_id, supplier_id, description, owner, due_date,"
                    + " status, evidence_notes, created_at, updated_at) VALUES (?, ?, 'Fix', 'Buyer', ?, ?, '', 0, 0)";
            try (PreparedStatement st = c.prepareStatement(insert)) {
                for (Map.Entry<Long, Long> e : findingPerSupplier.entrySet()) {
                    addAction(st, e, LocalDate.of(2025, 6, 1), "IN_PROGRESS");
                    addAction(st, e, LocalDate.of(2025, 8, 1), "OPEN");
                    addAction(st, e, LocalDate.of(2025, 5, 1), "CLOSED");
                }
                st.executeBatch();
            }
            Set<String> names = new HashSet<>();
            try (PreparedStatement st = c.prepareStatement("SELECT name FROM supplier");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    private static void addAction(PreparedStatement st, Map.Entry<Long, Long> finding, LocalDate due, String status)
            throws java.sql.SQLException {
        st.setLong(1, finding.getValue());
        st.setLong(2, finding.getKey());
        st.setDate(3, Date.valueOf(due));
        st.setString(4, status);
        st.addBatch();
    }

    @AfterAll
    static void closeTheProject() {
        if (project != null) {
            project.close();
        }
    }

    private ReportResult preview(ReportDimension rows, ReportDimension columns, Measure measure, boolean totals)
            throws ProblemException {
        return reports.preview(project, new ReportDefinition("Preview", rows, columns, List.of(measure), null,
                totals), TODAY, ProgressListener.NONE, new CancellationToken());
    }

    private static DisclosureDefaults packDefaults() {
        return project.pack().pack().disclosure();
    }

    @Test
    void suppliersByCountryPublishThailandAndSuppressTheSingleSupplierCountries() throws Exception {
        ReportTable table = preview(ReportDimension.COUNTRY, null, Measure.of(MeasureKind.SUPPLIERS), true)
                .tables().get(0);
        ProtectedTable cells = table.protectedCells();

        assertThat(table.columnLabels()).containsExactly("Suppliers");
        Map<String, Double> raw = new TreeMap<>();
        for (int r = 0; r < table.rowLabels().size(); r++) {
            raw.put(table.rowLabels().get(r), cells.table().cell(r, 0).value());
        }
        // The sample's twelve suppliers: eight in Thailand, one each in four neighbouring countries.
        assertThat(raw).isEqualTo(Map.of("TH", 8.0, "MM", 1.0, "KH", 1.0, "VN", 1.0, "BD", 1.0));
        int th = table.rowLabels().indexOf("TH");
        assertThat(cells.publishedValue(th, 0)).hasValue(8);
        for (int r = 0; r < table.rowLabels().size(); r++) {
            if (r != th) {
                assertThat(cells.mark(r, 0)).isEqualTo(CellMark.SUPPRESSED_SMALL);
                assertThat(cells.publishedValue(r, 0)).isEmpty();
                assertThat(cells.reason(r, 0)).get().asString().contains("fewer");
            }
        }
        int totalRow = table.rowLabels().size();
        assertThat(cells.table().hasColumnTotals()).isTrue();
        assertThat(cells.publishedValue(totalRow, 0)).hasValue(12);
        assertThat(new SuppressionAudit().recoverable(cells)).isEmpty();
    }

    @Test
    void aFlaggedCountIsSuppressedWhenItWouldSaySomethingAboutEveryMemberOfASmallOrWhollyFlaggedGroup()
            throws Exception {
        ReportTable table = preview(ReportDimension.COUNTRY, null, Measure.of(MeasureKind.FLAGGED_SUPPLIERS), false)
                .tables().get(0);
        ProtectedTable cells = table.protectedCells();
        Map<String, CellMark> marks = new TreeMap<>();
        for (int r = 0; r < table.rowLabels().size(); r++) {
            marks.put(table.rowLabels().get(r), cells.mark(r, 0));
        }

        // Cambodia's one supplier has no finding: "0 flagged" would clear it by name, so it is not published.
        assertThat(cells.table().cell(table.rowLabels().indexOf("KH"), 0).value()).isZero();
        assertThat(marks.get("KH")).isEqualTo(CellMark.SUPPRESSED_SMALL);
        // Seven of Thailand's eight suppliers are flagged: publishing 7 would all but name the eighth as clean
        // and each of the others as flagged, so the smaller side (one unflagged) decides.
        assertThat(cells.table().cell(table.rowLabels().indexOf("TH"), 0).value()).isEqualTo(7.0);
        assertThat(marks.get("TH")).isEqualTo(CellMark.SUPPRESSED_SMALL);
    }

    @Test
    void flaggedSuppliersByIndicatorCountDistinctSuppliersPerIndicatorAndPublishNoTotalsAlongIt() throws Exception {
        ReportTable table = preview(ReportDimension.INDICATOR, null, Measure.of(MeasureKind.FLAGGED_SUPPLIERS), true)
                .tables().get(0);
        Map<String, Set<Long>> expected = new HashMap<>();
        for (Finding f : counting) {
            for (String id : f.indicators()) {
                String label = project.pack().pack().indicator(id).orElseThrow().label();
                expected.computeIfAbsent(label, k -> new HashSet<>()).add(f.supplierId());
            }
        }
        Map<String, Integer> actual = new HashMap<>();
        for (int r = 0; r < table.rowLabels().size(); r++) {
            double value = table.protectedCells().table().cell(r, 0).value();
            if (value > 0) {
                actual.put(table.rowLabels().get(r), (int) value);
            }
            table.protectedCells().publishedValue(r, 0).ifPresent(v -> assertThat(v).isEqualTo(value));
        }

        assertThat(expected).isNotEmpty();
        Map<String, Integer> expectedCounts = new HashMap<>();
        expected.forEach((label, suppliers) -> expectedCounts.put(label, suppliers.size()));
        assertThat(actual).isEqualTo(expectedCounts);
        assertThat(table.protectedCells().table().hasColumnTotals()).isFalse();
        assertThat(table.protectedCells().table().hasRowTotals()).isFalse();
    }

    @Test
    void openFindingsBySectorAndCountryAreComplementarilySuppressedBeyondRecovery() throws Exception {
        ReportResult result = preview(ReportDimension.SECTOR, ReportDimension.COUNTRY,
                Measure.of(MeasureKind.OPEN_FINDINGS), true);
        ProtectedTable cells = result.tables().get(0).protectedCells();

        assertThat(cells.table().hasGrandTotal()).isTrue();
        assertThat(cells.publishedValue(cells.table().rows(), cells.table().columns()))
                .hasValue(counting.size());
        List<CellMark> marks = new ArrayList<>();
        for (Position p : cells.positions()) {
            CellMark mark = cells.mark(p.row(), p.column());
            marks.add(mark);
            cells.table().at(p.row(), p.column()).filter(s -> !s.isStructuralZero() && !mark.isSuppressed())
                    .ifPresent(s -> assertThat(s.contributors()).isGreaterThanOrEqualTo(result.minCellSize()));
        }
        assertThat(marks).contains(CellMark.SUPPRESSED_SMALL, CellMark.SUPPRESSED_COMPLEMENTARY);
        assertThat(new SuppressionAudit().recoverable(cells)).isEmpty();
    }

    @Test
    void actionsOverdueCountOnlyOpenActionsPastTheirDueDate() throws Exception {
        ReportTable overdue = preview(ReportDimension.COUNTRY, null, Measure.of(MeasureKind.ACTIONS_OVERDUE), true)
                .tables().get(0);
        ReportTable open = preview(ReportDimension.COUNTRY, null, Measure.of(MeasureKind.ACTIONS_OPEN), true)
                .tables().get(0);
        long flagged = counting.stream().map(Finding::supplierId).distinct().count();
        int totalRow = overdue.rowLabels().size();

        assertThat(overdue.protectedCells().table().at(totalRow, 0).orElseThrow().value()).isEqualTo(flagged);
        assertThat(overdue.protectedCells().table().at(totalRow, 0).orElseThrow().contributors()).isEqualTo((int) flagged);
        assertThat(open.protectedCells().table().at(totalRow, 0).orElseThrow().value()).isEqualTo(2 * flagged);
        ReportResult early = reports.preview(project, new ReportDefinition("Early", ReportDimension.COUNTRY, null,
                List.of(Measure.of(MeasureKind.ACTIONS_OVERDUE)), null, true), LocalDate.of(2025, 5, 15),
                ProgressListener.NONE, new CancellationToken());
        // Nothing is overdue yet: a published total of 0 would tell that every withheld small country has none.
        ReportTable earlyTable = early.tables().get(0);
        assertThat(earlyTable.protectedCells().table().at(totalRow, 0).orElseThrow().value()).isZero();
        assertThat(earlyTable.mark(totalRow, 0)).isEqualTo(CellMark.SUPPRESSED_COMPLEMENTARY);
    }

    @Test
    void severityFilterCountsOnlyFindingsAtLeastThatSevere() throws Exception {
        ReportTable table = preview(ReportDimension.COUNTRY, null,
                new Measure(MeasureKind.OPEN_FINDINGS, Severity.HIGH), true).tables().get(0);
        long severe = counting.stream().filter(f -> f.severity().ordinal() <= Severity.HIGH.ordinal()).count();

        assertThat(table.title()).isEqualTo("Open findings (high or more severe) by country");
        assertThat(table.protectedCells().table().at(table.rowLabels().size(), 0).orElseThrow().value()).isEqualTo(severe);
    }

    @Test
    void noSupplierNameAppearsAnywhereInTheResultText() throws Exception {
        StringBuilder text = new StringBuilder();
        ReportDimension[] dims = ReportDimension.values();
        for (ReportDimension rows : dims) {
            for (ReportDimension columns : dims) {
                if (rows == columns) {
                    continue;
                }
                List<ReportDimension> used = List.of(rows, columns);
                List<Measure> measures = new ArrayList<>(List.of(MeasureKind.values()).stream()
                        .filter(k -> !k.needsMetric())
                        .filter(k -> !used.contains(ReportDimension.INDICATOR) || k.byIndicator())
                        .filter(k -> !used.contains(ReportDimension.PERIOD) || k.dated()).map(Measure::of).toList());
                if (!used.contains(ReportDimension.INDICATOR)) {
                    measures.add(Measure.metric("total_weekly_hours", Statistic.MEDIAN));
                    measures.add(Measure.metric("workers_total", Statistic.MEAN));
                }
                ReportResult result = reports.preview(project, new ReportDefinition("All", rows, columns, measures,
                        null, true), TODAY, ProgressListener.NONE, new CancellationToken());
                for (ReportTable table : result.tables()) {
                    text.append(table.title()).append('\n').append(table.rowLabels()).append(table.columnLabels());
                    for (Position p : table.protectedCells().positions()) {
                        table.protectedCells().reason(p.row(), p.column()).ifPresent(r -> text.append(r).append('\n'));
                    }
                }
                text.append(result);
            }
        }

        assertThat(supplierNames).hasSize(12);
        assertThat(text).contains("Suppliers by sector and tier");
        for (String name : supplierNames) {
            assertThat(text.toString()).doesNotContainIgnoringCase(name);
        }
    }

    @Test
    void suppliersByRiskBandFollowThePackBandsInOrderWithTheRiskServiceBands() throws Exception {
        ReportResult result = reports.preview(project, new ReportDefinition("Risk", ReportDimension.RISK_BAND, null,
                List.of(Measure.of(MeasureKind.SUPPLIERS)), 3, false), TODAY, ProgressListener.NONE,
                new CancellationToken());
        ReportTable table = result.tables().get(0);
        Map<String, Long> expected = new TreeMap<>();
        new DefaultRiskService().risks(project).forEach(r -> expected.merge(r.band().label(), 1L, Long::sum));

        assertThat(table.rowLabels()).containsExactly("Low", "Medium", "High", "Severe");
        Map<String, Long> actual = new TreeMap<>();
        for (int r = 0; r < table.rowLabels().size(); r++) {
            long value = Math.round(table.protectedCells().table().cell(r, 0).value());
            if (value > 0) {
                actual.put(table.rowLabels().get(r), value);
            }
        }
        assertThat(actual).isEqualTo(expected).containsEntry("Severe", 3L);
        assertThat(table.published(table.rowLabels().indexOf("Severe"), 0)).hasValue(3);
    }

    @Test
    void definitionsAreCheckedWithMessagesThatSayWhatIsWrong() {
        DisclosureDefaults pack = packDefaults();
        MetricPack metricPack = project.pack().pack();
        List<Measure> suppliers = List.of(Measure.of(MeasureKind.SUPPLIERS));

        assertThatThrownBy(() -> new ReportDefinition(" ", ReportDimension.COUNTRY, null, suppliers, null, true)
                .rules(metricPack)).isInstanceOf(ProblemException.class).hasMessage("The report needs a name.");
        assertThatThrownBy(() -> new ReportDefinition("R", ReportDimension.COUNTRY, null, List.of(), null, true)
                .rules(metricPack)).hasMessage("In report \"R\": choose at least one measure.");
        assertThatThrownBy(() -> new ReportDefinition("R", ReportDimension.TIER, ReportDimension.TIER, suppliers,
                null, true).rules(metricPack)).hasMessage("In report \"R\": the rows and columns cannot both be by tier.");
        assertThatThrownBy(() -> new ReportDefinition("R", ReportDimension.INDICATOR, null, suppliers, null, true)
                .rules(metricPack)).hasMessageContaining("\"Suppliers\" cannot be broken down by indicator");
        assertThatThrownBy(() -> new ReportDefinition("R", ReportDimension.COUNTRY, null,
                List.of(new Measure(MeasureKind.ACTIONS_OPEN, Severity.HIGH)), null, true).rules(metricPack))
                .hasMessageContaining("\"Open corrective actions\" has no severity");
        assertThatThrownBy(() -> new ReportDefinition("R", ReportDimension.COUNTRY, null,
                List.of(Measure.of(MeasureKind.SUPPLIERS), Measure.of(MeasureKind.SUPPLIERS)), null, true)
                .rules(metricPack)).hasMessage("In report \"R\": \"Suppliers\" is chosen twice.");
        assertThatThrownBy(() -> new ReportDefinition("R", ReportDimension.COUNTRY, null, suppliers,
                pack.minCellSizeFloor() - 1, true).rules(metricPack))
                .hasMessageStartingWith("In report \"R\": The minimum cell size " + (pack.minCellSizeFloor() - 1)
                        + " is below the metric pack's floor");
    }

    @Test
    void aUserMayRaiseTheMinimumCellSizeAndTheResultStatesThePack() throws Exception {
        int raised = packDefaults().minCellSize() + 20;
        ReportResult result = reports.preview(project, new ReportDefinition("Raised", ReportDimension.COUNTRY,
                null, List.of(Measure.of(MeasureKind.SUPPLIERS)), raised, false), TODAY, ProgressListener.NONE,
                new CancellationToken());

        assertThat(result.minCellSize()).isEqualTo(raised);
        assertThat(result.packFingerprint()).isEqualTo(project.pack().fingerprint());
        assertThat(result.packId()).isEqualTo(project.pack().pack().id());
        ProtectedTable cells = result.tables().get(0).protectedCells();
        assertThat(cells.table().hasColumnTotals()).isFalse();
        for (int r = 0; r < cells.table().rows(); r++) {
            assertThat(cells.mark(r, 0)).isEqualTo(CellMark.SUPPRESSED_SMALL);
        }
    }
}
