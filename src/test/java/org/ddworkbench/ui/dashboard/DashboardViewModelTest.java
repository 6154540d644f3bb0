package org.ddworkbench.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ddworkbench.App;
import org.ddworkbench.check.CheckService.FindingQuery;
import org.ddworkbench.model.ActionDraft;
import org.ddworkbench.model.ActionStatus;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.ImportRecord;
import org.ddworkbench.model.RiskBand;
import org.ddworkbench.model.Severity;
import org.ddworkbench.model.SupplierEvidence;
import org.ddworkbench.model.SupplierRisk;
import org.ddworkbench.model.SupplierSummary;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.sample.SampleProject;
import org.ddworkbench.store.H2ProjectService;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.Fakes.RecordingDialogs;
import org.ddworkbench.ui.findings.FindingData;
import org.ddworkbench.ui.imports.ImportedData;
import org.ddworkbench.ui.suppliers.SupplierSubset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Dashboard's figures on the real, checked sample project agree with the services, and clicks lead on. */
class DashboardViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @TempDir
    static Path base;
    private static App app;
    private static Project project;

    private final List<String> opened = new ArrayList<>();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private DashboardViewModel model;

    @BeforeAll
    static void sample() throws Exception {
        PackReader reader = new JsonPackReader();
        app = new App(base.resolve("home"), reader, new H2ProjectService(reader, 1_000));
        Path folder = new SampleProject(app.projects(), app.packReader(), app.imports(), app.checks())
                .ensure(base.resolve("sample"), ProgressListener.NONE, new CancellationToken());
        project = app.projects().open(folder, SampleProject.PASSPHRASE.toCharArray());
        List<Finding> open = app.checks().findings(project, FindingQuery.OPEN).stream()
                .filter(f -> f.supplierId() != null).toList();
        action(open.get(0), TODAY.minusDays(3), ActionStatus.OPEN);
        action(open.get(1), TODAY.minusDays(1), ActionStatus.IN_PROGRESS);
        action(open.get(2), TODAY.plusDays(10), ActionStatus.OPEN);
        action(open.get(3), TODAY.plusDays(60), ActionStatus.OPEN);
        action(open.get(4), TODAY.minusDays(20), ActionStatus.CLOSED);
    }

    private static void action(Finding finding, LocalDate due, ActionStatus status) throws Exception {
        app.actions().open(project, finding.id(), new ActionDraft("Pay back the recruitment fees.", "HR manager",
                due, status, "", null));
    }

    @AfterAll
    static void close() throws Exception {
        project.close();
    }

    @BeforeEach
    void read() {
        FindingData checked = new FindingData(project, app.checks(), app.risks(), app.actions(),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        model = new DashboardViewModel(checked, new ImportedData(project, app.imports()), ZoneOffset.UTC,
                BackgroundRunner.inline(), dialogs, new DashboardLinks(
                        (supplier, indicator) -> opened.add("findings " + supplier + "/" + indicator),
                        severity -> opened.add("severity " + severity),
                        subset -> opened.add("suppliers " + subset.label() + " " + sorted(subset.supplierIds())),
                        () -> opened.add("imports")));
        model.refresh();
        assertThat(dialogs.failures).isEmpty();
    }

    @Test
    void everyRiskBandOfThePackHasABarCountingItsSuppliersHighestBandFirst() throws Exception {
        List<RiskBand> bands = project.pack().pack().riskModel().bands();
        Map<String, Long> expected = app.risks().risks(project).stream()
                .collect(Collectors.groupingBy(r -> r.band().id(), Collectors.counting()));

        List<Bar> bars = data().bands();

        List<String> highestFirst = new ArrayList<>(bands.stream().map(RiskBand::id).toList());
        Collections.reverse(highestFirst);
        assertThat(bars).extracting(Bar::key).containsExactlyElementsOf(highestFirst);
        assertThat(bars).allSatisfy(bar -> assertThat((long) bar.value())
                .isEqualTo(expected.getOrDefault(bar.key(), 0L)));
        assertThat(bars.stream().mapToInt(Bar::value).sum()).isEqualTo(app.risks().risks(project).size())
                .isPositive();
    }

    @Test
    void severitiesCountTheOpenFindingsThatCount() throws Exception {
        Map<String, Long> expected = app.checks().findings(project, FindingQuery.OPEN).stream()
                .filter(Finding::counts).collect(Collectors.groupingBy(f -> f.severity().name(), Collectors.counting()));

        assertThat(data().severities()).extracting(Bar::key)
                .containsExactly("CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO");
        assertThat(data().severities()).allSatisfy(bar -> assertThat((long) bar.value())
                .isEqualTo(expected.getOrDefault(bar.key(), 0L)));
        assertThat(data().summary()).startsWith(expected.values().stream().mapToLong(Long::longValue).sum()
                + " open findings across ");
    }

    @Test
    void openActionsAreOverdueOrDueWithinThirtyDaysClosedOnesAndLaterOnesAreLeftOut() {
        ActionsDue actions = data().actions();

        assertThat(actions.overdue()).isEqualTo(2);
        assertThat(actions.dueSoon()).isEqualTo(1);
        assertThat(actions.overdueSuppliers().supplierIds()).isNotEmpty();
        assertThat(actions.dueSoonSuppliers().supplierIds()).hasSize(1);
    }

    @Test
    void coverageCountsTheSuppliersEachKindOfFileSpokeAbout() throws Exception {
        List<SupplierSummary> suppliers = app.imports().suppliers(project);
        Map<DataSourceKind, Integer> expected = new LinkedHashMap<>();
        for (SupplierSummary supplier : suppliers) {
            Set<DataSourceKind> kinds = EnumSet.noneOf(DataSourceKind.class);
            app.imports().supplierEvidence(project, supplier.id()).stream().map(SupplierEvidence::kind)
                    .forEach(kinds::add);
            kinds.forEach(kind -> expected.merge(kind, 1, Integer::sum));
        }

        List<Bar> coverage = data().coverage();

        assertThat(coverage).extracting(Bar::key).containsExactly("SAQ", "AUDIT", "WORKER_SURVEY");
        assertThat(coverage).allSatisfy(bar -> {
            assertThat(bar.value()).isEqualTo(expected.getOrDefault(DataSourceKind.valueOf(bar.key()), 0));
            assertThat(bar.scale()).isEqualTo(suppliers.size());
            assertThat(bar.target().supplierIds()).hasSize(suppliers.size() - bar.value());
        });
        assertThat(coverage).anySatisfy(bar -> assertThat(bar.value()).isPositive());
    }

    @Test
    void theLastFiveImportsAreListedNewestFirst() throws Exception {
        List<String> expected = app.imports().imports(project).stream()
                .sorted(Comparator.comparing(ImportRecord::importedAt).reversed()
                        .thenComparing(Comparator.comparingLong(ImportRecord::id).reversed()))
                .limit(5).map(ImportRecord::fileName).toList();

        List<ImportLine> imports = data().imports();

        assertThat(imports).extracting(ImportLine::fileName).containsExactlyElementsOf(expected);
        assertThat(imports).isNotEmpty().allSatisfy(line -> {
            assertThat(line.kind()).isNotBlank();
            assertThat(line.when()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
        });
    }

    @Test
    void clickingABandListsItsSuppliers() throws Exception {
        Bar band = data().bands().stream().filter(b -> b.value() > 0).findFirst().orElseThrow();
        Set<Long> members = app.risks().risks(project).stream().filter(r -> r.band().id().equals(band.key()))
                .map(SupplierRisk::supplierId).collect(Collectors.toSet());

        model.openSuppliers(band);

        assertThat(opened).containsExactly("suppliers risk band " + band.label() + " " + sorted(members));
    }

    @Test
    void clickingASeverityListsItsFindings() {
        model.openSeverity(data().severities().get(1));

        assertThat(opened).containsExactly("severity " + Severity.HIGH);
    }

    @Test
    void clickingTheActionFiguresListsTheSuppliersConcerned() {
        ActionsDue actions = data().actions();

        model.openActions(true);
        model.openActions(false);

        assertThat(opened).containsExactly(
                "suppliers suppliers with overdue corrective actions " + sorted(actions.overdueSuppliers().supplierIds()),
                "suppliers suppliers with corrective actions due in the next 30 days "
                        + sorted(actions.dueSoonSuppliers().supplierIds()));
    }

    @Test
    void clickingACoverageBarListsTheSuppliersWithoutThatEvidence() {
        Bar audit = data().coverage().get(1);

        model.openSuppliers(audit);

        SupplierSubset missing = audit.target();
        assertThat(missing.label()).isEqualTo("suppliers without an audit");
        assertThat(opened).containsExactly("suppliers suppliers without an audit " + sorted(missing.supplierIds()));
    }

    @Test
    void clickingAHeatMapCellListsThatSuppliersFindingsOnThatIndicator() {
        HeatGrid.Cell cell = data().heatMap().rows().get(0).cells().stream().filter(c -> !c.empty()).findFirst()
                .orElseThrow();

        model.open(cell);

        assertThat(opened).containsExactly("findings " + cell.supplierId() + "/" + cell.indicatorId());
    }

    @Test
    void clickingAnImportOpensTheImportsScreen() {
        model.openImports();

        assertThat(opened).containsExactly("imports");
    }

    private DashboardData data() {
        return model.dataProperty().get();
    }

    private static List<Long> sorted(Set<Long> ids) {
        return new HashSet<>(ids).stream().sorted().toList();
    }
}
