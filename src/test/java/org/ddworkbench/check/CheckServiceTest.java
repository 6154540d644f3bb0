package org.ddworkbench.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ddworkbench.check.CheckFixture.AS_OF;
import static org.ddworkbench.check.CheckFixture.CLOCK;
import static org.ddworkbench.check.CheckFixture.count;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.ddworkbench.check.CheckService.CheckOptions;
import org.ddworkbench.check.CheckService.FindingQuery;
import org.ddworkbench.model.ActivityEntry;
import org.ddworkbench.model.CheckSummary;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.FindingStatus;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.model.ReviewState;
import org.ddworkbench.model.Severity;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running the cross-checks on the imported sample: what is stored, how re-runs reconcile, and what is logged. */
class CheckServiceTest {
    private static final CheckOptions SAMPLE_DATE = new CheckOptions(AS_OF, false);

    private final DefaultCheckService checks = new DefaultCheckService(CLOCK);
    private Project project;

    @TempDir
    Path dir;

    @BeforeEach
    void openSample() throws Exception {
        project = CheckFixture.openCopy(dir.resolve("project"));
    }

    @AfterEach
    void close() {
        project.close();
    }

    private CheckSummary run(CheckOptions options) throws ProblemException {
        return checks.run(project, options, ProgressListener.NONE, new CancellationToken());
    }

    private long query(String sql, Object... parameters) throws SQLException {
        Long result = project.inTransaction(c -> count(c, sql, parameters));
        return result;
    }

    private List<Finding> all() throws ProblemException {
        return checks.findings(project, FindingQuery.ALL);
    }

    @Test
    void aRunStoresFindingsWhoseEvidenceNamesStoredCellsDownToTheColumn() throws Exception {
        CheckSummary summary = run(SAMPLE_DATE);

        List<Finding> findings = all();
        assertThat(summary.suppliersChecked()).isEqualTo(12);
        assertThat(summary.open()).isEqualTo(findings.size()).isEqualTo(summary.opened()).isPositive();
        assertThat(summary.openBySeverity()).containsOnlyKeys(Severity.values());
        assertThat(summary.period()).isEqualTo("2023-06-30/2025-06-30");
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(FindingStatus.OPEN);
            assertThat(f.evidence()).hasSizeLessThanOrEqualTo(f.evidenceTotal());
            assertThat(f.evidence().isEmpty()).isEqualTo(f.evidenceTotal() == 0);
        });
        assertThat(findings).extracting(f -> f.severity().ordinal()).isSorted();
        int observed = 0;
        int worker = 0;
        java.util.Set<String> workerCells = workerCells();
        for (Finding finding : findings) {
            for (var cell : finding.evidence()) {
                long importId = cell.importId();
                assertThat(query("SELECT COUNT(*) FROM import_batch WHERE id = ?"
                        + " AND file_name = ? AND file_sha256 = ?", importId, cell.fileName(), cell.fileSha256()))
                        .as("file of %s", cell).isEqualTo(1);
                if (cell.column() < 0) {
                    continue;
                }
                if (cell.kind() == DataSourceKind.WORKER_SURVEY || cell.kind() == DataSourceKind.GRIEVANCE) {
                    assertThat(workerCells).as("stored worker values").contains(importId + "|" + cell.sheet() + "|"
                            + cell.row() + "|" + cell.column() + "|" + cell.metricId());
                    worker++;
                } else {
                    assertThat(query("SELECT COUNT(*) FROM observation WHERE"
                            + " import_id = ? AND sheet = ? AND row_num = ? AND col_num = ? AND metric_id = ?",
                            importId, cell.sheet(), cell.row(), cell.column(), cell.metricId()))
                            .as("stored value of %s", cell).isEqualTo(1);
                    observed++;
                }
            }
        }
        assertThat(observed).isPositive();
        assertThat(worker).isPositive();
    }

    @Test
    void evidenceOfAnSaqAnswerPointsAtTheCellOfTheSourceWorkbook() throws Exception {
        run(SAMPLE_DATE);

        var cell = all().stream().flatMap(f -> f.evidence().stream())
                .filter(e -> e.kind() == DataSourceKind.SAQ && e.column() >= 0 && "no".equals(e.value()))
                .findFirst().orElseThrow();
        try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                CheckFixture.input("saq/" + cell.fileName()).toFile(), null, true)) {
            var sourceCell = workbook.getSheet(cell.sheet()).getRow(cell.row() - 1).getCell(cell.column());
            assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(sourceCell))
                    .isEqualToIgnoringCase("no");
        }
    }

    /** Every stored worker value's place: import, sheet, row, column and metric. */
    private java.util.Set<String> workerCells() throws SQLException {
        java.util.Set<String> cells = new java.util.HashSet<>();
        project.inTransaction(c -> {
            new org.ddworkbench.store.WorkerRecordStore().stream(c, 0, row -> {
                for (int i = 0; i < row.slots().size(); i++) {
                    if (row.values()[i] != null) {
                        cells.add(row.importId() + "|" + row.sheet() + "|" + row.row() + "|"
                                + row.slots().get(i).column() + "|" + row.slots().get(i).metricId());
                    }
                }
            });
            return null;
        });
        return cells;
    }

    @Test
    void aReRunWithNoChangeEvaluatesNothingAndKeepsIdsAndReviews() throws Exception {
        run(SAMPLE_DATE);
        Finding disputed = all().get(3);
        checks.review(project, disputed.id(), ReviewState.DISPUTED, "The auditor visited a different site.");
        List<Finding> before = all();
        Map<String, Long> countsBefore = CheckFixture.counts(project);

        CheckSummary again = run(SAMPLE_DATE);

        assertThat(again.suppliersChecked()).isZero();
        assertThat(again.suppliersUnchanged()).isEqualTo(12);
        assertThat(again.opened()).isZero();
        assertThat(again.closed()).isZero();
        assertThat(all()).isEqualTo(before);
        Map<String, Long> countsAfter = CheckFixture.counts(project);
        assertThat(countsAfter.get("activity_log")).isEqualTo(countsBefore.get("activity_log") + 1);
        countsAfter.remove("activity_log");
        countsBefore.remove("activity_log");
        assertThat(countsAfter).isEqualTo(countsBefore);
        assertThat(checks.finding(project, disputed.id())).get().satisfies(f -> {
            assertThat(f.review()).isEqualTo(ReviewState.DISPUTED);
            assertThat(f.reviewReason()).isEqualTo("The auditor visited a different site.");
        });
    }

    @Test
    void aFullReRunReevaluatesEverySupplierButKeepsIdsReviewsAndContent() throws Exception {
        run(SAMPLE_DATE);
        Finding confirmed = all().get(0);
        checks.review(project, confirmed.id(), ReviewState.CONFIRMED, null);
        List<Finding> before = all();

        CheckSummary full = run(new CheckOptions(AS_OF, true));

        assertThat(full.suppliersChecked()).isEqualTo(12);
        assertThat(full.opened()).isZero();
        assertThat(full.closed()).isZero();
        List<Finding> after = all();
        assertThat(after).extracting(Finding::id, Finding::key, Finding::review, Finding::evidence)
                .isEqualTo(before.stream().map(f -> org.assertj.core.groups.Tuple.tuple(f.id(), f.key(), f.review(),
                        f.evidence())).toList());
    }

    @Test
    void aFalsePositiveSurvivesReRunsAndReevaluatesOnlyItsSupplier() throws Exception {
        run(SAMPLE_DATE);
        Finding target = all().stream().filter(f -> f.supplierId() != null).findFirst().orElseThrow();

        Finding reviewed = checks.review(project, target.id(), ReviewState.FALSE_POSITIVE, "Data entry error.");
        CheckSummary again = run(SAMPLE_DATE);
        run(new CheckOptions(AS_OF, true));

        assertThat(reviewed.counts()).isFalse();
        assertThat(again.suppliersChecked()).isEqualTo(1);
        assertThat(checks.finding(project, target.id())).get().satisfies(f -> {
            assertThat(f.review()).isEqualTo(ReviewState.FALSE_POSITIVE);
            assertThat(f.reviewReason()).isEqualTo("Data entry error.");
            assertThat(f.status()).isEqualTo(FindingStatus.OPEN);
            assertThat(f.key()).isEqualTo(target.key());
        });
    }

    @Test
    void undoingAnAuditClosesItsFindingsWithTheReasonAndImportingItAgainReopensThem() throws Exception {
        run(SAMPLE_DATE);
        Finding fromAudit = onlyFromTheSuppliersOneAudit();
        long importId = fromAudit.evidence().get(0).importId();
        String fileName = fromAudit.evidence().get(0).fileName();

        CheckFixture.IMPORTS.undo(project, importId);
        CheckSummary afterUndo = run(SAMPLE_DATE);

        assertThat(afterUndo.suppliersChecked()).isEqualTo(1);
        assertThat(afterUndo.closed()).isPositive();
        Finding closed = checks.finding(project, fromAudit.id()).orElseThrow();
        assertThat(closed.status()).isEqualTo(FindingStatus.CLOSED);
        assertThat(closed.closedReason())
                .isEqualTo("No longer found on 2025-06-30: the condition does not hold in the current data.");
        assertThat(closed.evidence()).allSatisfy(e -> assertThat(e.fileName()).isEqualTo("(import undone)"));
        assertThat(checks.findings(project, FindingQuery.OPEN)).doesNotContain(closed);

        CheckFixture.importFile(project, CheckFixture.input("audits/" + fileName), DataSourceKind.AUDIT);
        CheckSummary afterReimport = run(SAMPLE_DATE);

        assertThat(afterReimport.opened()).isPositive();
        Finding reopened = checks.finding(project, fromAudit.id()).orElseThrow();
        assertThat(reopened.status()).isEqualTo(FindingStatus.OPEN);
        assertThat(reopened.closedReason()).isNull();
        assertThat(reopened.evidence()).allSatisfy(e -> assertThat(e.fileName()).isEqualTo(fileName));
    }

    /** A finding whose every cell comes from the only audit of its supplier. */
    private Finding onlyFromTheSuppliersOneAudit() throws Exception {
        for (Finding finding : all()) {
            long imports = finding.evidence().stream().mapToLong(e -> e.importId()).distinct().count();
            if (imports == 1 && finding.evidence().get(0).kind() == DataSourceKind.AUDIT
                    && query("SELECT COUNT(*) FROM audit WHERE supplier_id = ?", finding.supplierId()) == 1) {
                return finding;
            }
        }
        throw new AssertionError("the sample has no finding resting on a supplier's only audit");
    }

    @Test
    void undoingTheImportThatCreatedASupplierClosesItsFindingsAndAnotherImportCreatesNewOnes() throws Exception {
        Path extra = dir.resolve("extra-suppliers.csv");
        Files.writeString(extra, String.join("\n", Files.readAllLines(CheckFixture.input("suppliers.csv")).get(0),
                "\"Kra Isthmus Netting Co.\",TH,\"1 Phetkasem Road, Chumphon 86000\",Seafood,\"Net making\","
                        + "\"Tier 2\",TH2021999KIN0001") + "\n");
        long importId = CheckFixture.importFile(project, extra, DataSourceKind.SUPPLIER_LIST).importId();
        run(SAMPLE_DATE);
        List<Finding> ofNewSupplier = all().stream()
                .filter(f -> "Kra Isthmus Netting Co.".equals(f.supplierName())).toList();
        assertThat(ofNewSupplier).isNotEmpty();
        long supplierId = ofNewSupplier.get(0).supplierId();

        CheckFixture.IMPORTS.undo(project, importId);
        CheckSummary afterUndo = run(SAMPLE_DATE);

        assertThat(afterUndo.closed()).isEqualTo(ofNewSupplier.size());
        assertThat(afterUndo.suppliersChecked()).isZero();
        for (Finding finding : ofNewSupplier) {
            assertThat(checks.finding(project, finding.id())).get().satisfies(f -> {
                assertThat(f.status()).isEqualTo(FindingStatus.CLOSED);
                assertThat(f.closedReason()).isEqualTo("The supplier was removed (its import was undone).");
            });
        }
        assertThat(query("SELECT COUNT(*) FROM check_input WHERE supplier_id = ?", supplierId)).isZero();

        CheckFixture.importFile(project, extra, DataSourceKind.SUPPLIER_LIST);
        CheckSummary afterReimport = run(SAMPLE_DATE);

        assertThat(afterReimport.suppliersChecked()).isEqualTo(1);
        assertThat(afterReimport.opened()).isEqualTo(ofNewSupplier.size());
        assertThat(checks.findings(project, FindingQuery.OPEN))
                .filteredOn(f -> "Kra Isthmus Netting Co.".equals(f.supplierName()))
                .hasSize(ofNewSupplier.size()).allSatisfy(f -> assertThat(f.supplierId()).isNotEqualTo(supplierId));
    }

    @Test
    void cancellingMidRunLeavesTheStoreExactlyAsBefore() throws Exception {
        run(SAMPLE_DATE);
        Finding first = all().get(0);
        checks.review(project, first.id(), ReviewState.FALSE_POSITIVE, "Checked on site.");
        Map<String, Long> before = CheckFixture.counts(project);
        List<Finding> findingsBefore = all();
        CancellationToken token = new CancellationToken();
        List<String> messages = new ArrayList<>();
        ProgressListener cancelMidway = (fraction, message) -> {
            messages.add(message);
            if (message.startsWith("Checked supplier 6 ")) {
                token.cancel();
            }
        };

        assertThatThrownBy(() -> checks.run(project, new CheckOptions(LocalDate.of(2025, 3, 31), true), cancelMidway,
                token)).isInstanceOf(CancellationException.class);

        assertThat(messages).contains("Checked supplier 6 of 12").doesNotContain("Checked supplier 7 of 12");
        assertThat(CheckFixture.counts(project)).isEqualTo(before);
        assertThat(all()).isEqualTo(findingsBefore);
    }

    @Test
    void theProjectsAsOfDateIsUsedWhenARunNamesNoneAndTodayWhenThereIsNone() throws Exception {
        assertThat(checks.asOf(project)).isEqualTo(LocalDate.of(2025, 7, 15));

        checks.setAsOf(project, AS_OF);
        CheckSummary summary = run(CheckOptions.DEFAULTS);
        CheckSummary unchanged = run(CheckOptions.DEFAULTS);
        checks.setAsOf(project, null);
        CheckSummary today = run(CheckOptions.DEFAULTS);

        assertThat(summary.asOf()).isEqualTo(AS_OF);
        assertThat(unchanged.suppliersChecked()).isZero();
        assertThat(today.asOf()).isEqualTo(LocalDate.of(2025, 7, 15));
        assertThat(today.suppliersChecked()).as("a new as-of date changes every supplier's inputs").isEqualTo(12);
        List<ActivityEntry> log = project.activityLog().entries();
        assertThat(log).filteredOn(e -> e.action().equals("check.as-of")).extracting(ActivityEntry::detailJson)
                .containsExactly("{\"asOf\":\"2025-06-30\"}", "{\"asOf\":null}");
        assertThat(log).filteredOn(e -> e.action().equals("check.run")).hasSize(3)
                .allSatisfy(e -> assertThat(e.detailJson()).contains("\"suppliersChecked\"", "\"opened\""));
        assertThat(project.activityLog().verify().intact()).isTrue();
    }

    @Test
    void reviewsNeedAReasonToDisputeAndAreLoggedWithoutIt() throws Exception {
        run(SAMPLE_DATE);
        Finding finding = all().get(0);

        assertThatThrownBy(() -> checks.review(project, finding.id(), ReviewState.DISPUTED, "  "))
                .isInstanceOf(ProblemException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> checks.review(project, finding.id(), ReviewState.FALSE_POSITIVE, null))
                .isInstanceOf(ProblemException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> checks.review(project, 987_654, ReviewState.CONFIRMED, null))
                .isInstanceOf(ProblemException.class).hasMessageContaining("987654");
        Finding disputed = checks.review(project, finding.id(), ReviewState.DISPUTED, "Supplier sent payroll proof.");

        assertThat(disputed.review()).isEqualTo(ReviewState.DISPUTED);
        assertThat(project.activityLog().entries()).filteredOn(e -> e.action().equals("finding.review"))
                .singleElement().satisfies(e -> {
                    assertThat(e.detailJson()).contains("\"findingId\":" + finding.id(), finding.ruleId(), "DISPUTED");
                    assertThat(e.detailJson() + e.summary()).doesNotContain("payroll");
                });
    }
}
