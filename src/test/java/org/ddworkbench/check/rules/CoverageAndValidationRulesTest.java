package org.ddworkbench.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.check.rules.RuleFixtures.OLD_SAQ_IMPORT;
import static org.ddworkbench.check.rules.RuleFixtures.PACK;
import static org.ddworkbench.check.rules.RuleFixtures.SAQ_IMPORT;
import static org.ddworkbench.check.rules.RuleFixtures.clean;
import static org.ddworkbench.check.rules.RuleFixtures.engine;
import static org.ddworkbench.check.rules.RuleFixtures.only;
import static org.ddworkbench.check.rules.RuleFixtures.value;
import static org.ddworkbench.check.rules.RuleFixtures.withRule;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.EvidenceCell;
import org.ddworkbench.model.FindingKind;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.Severity;
import org.junit.jupiter.api.Test;

class CoverageAndValidationRulesTest {

    private static RuleFixtures.Supplier withoutSaq() {
        RuleFixtures.Supplier supplier = clean();
        supplier.facts.removeIf(f -> f.kind() == DataSourceKind.SAQ);
        return supplier;
    }

    @Test
    void supplierWithoutSaqGetsNoSaqFinding() {
        FindingDraft finding = only(withoutSaq().run(), "no-saq");

        assertThat(finding.kind()).isEqualTo(FindingKind.COVERAGE);
        assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(finding.evidence()).isEmpty();
        assertThat(withRule(clean().run(), "no-saq")).isEmpty();
    }

    @Test
    void saqFromBeforeThePeriodIsIgnored() {
        List<FindingDraft> drafts = withoutSaq()
                .saq(OLD_SAQ_IMPORT, LocalDate.of(2023, 6, 29), "recruitment_fees_charged", 1)
                .saq(OLD_SAQ_IMPORT, LocalDate.of(2023, 6, 29), "agency_workers", 0).run();

        FindingDraft finding = only(drafts, "no-saq");
        assertThat(value(finding, "Latest SAQ")).isEqualTo("2023-06-29");
        assertThat(finding.evidence()).singleElement().satisfies(cell -> {
            assertThat(cell.fileName()).isEqualTo("file-5.xlsx");
            assertThat(cell.row()).isZero();
        });
        assertThat(withRule(drafts, "threshold:recruitment_fees_charged:red")).isEmpty();
        assertThat(withRule(drafts, "crosscheck:agency-workers-saq-vs-audit")).isEmpty();
        assertThat(withRule(drafts, "missing-required")).isEmpty();
    }

    @Test
    void saqOnTheFirstDayOfThePeriodCounts() {
        List<FindingDraft> drafts = withoutSaq()
                .saq(OLD_SAQ_IMPORT, LocalDate.of(2023, 6, 30), "recruitment_fees_charged", 1).run();

        assertThat(withRule(drafts, "no-saq")).isEmpty();
        assertThat(withRule(drafts, "threshold:recruitment_fees_charged:red")).hasSize(1);
    }

    @Test
    void onlyTheLatestSaqInThePeriodIsRead() {
        RuleFixtures.Supplier supplier = clean()
                .saq(OLD_SAQ_IMPORT, LocalDate.of(2024, 1, 10), "recruitment_fees_charged", 1)
                .saq(6, LocalDate.of(2025, 1, 15), "deposits_required", 1);

        List<FindingDraft> drafts = supplier.run();
        assertThat(withRule(drafts, "threshold:recruitment_fees_charged:red")).isEmpty();
        assertThat(only(drafts, "threshold:deposits_required:red").evidence().get(0).importId()).isEqualTo(6);
        assertThat(only(drafts, "missing-required").values()).isNotEmpty();
    }

    @Test
    void saqMissingRequiredAnswersListsThemAndPointsAtItsSheet() {
        List<FindingDraft> drafts = clean().without("workers_total").without("max_weekly_hours_declared").run();

        FindingDraft finding = only(drafts, "missing-required");
        assertThat(finding.severity()).isEqualTo(Severity.LOW);
        assertThat(value(finding, "Unanswered required questions"))
                .isEqualTo("Total workers; Maximum weekly hours declared");
        assertThat(finding.evidence()).singleElement().satisfies(cell -> {
            assertThat(cell.importId()).isEqualTo(SAQ_IMPORT);
            assertThat(cell.sheet()).isEqualTo("SAQ");
            assertThat(cell.row()).isZero();
            assertThat(cell.column()).isEqualTo(-1);
            assertThat(cell.metricId()).isNull();
        });
        assertThat(withRule(clean().run(), "missing-required")).isEmpty();
    }

    @Test
    void metricsWithoutDataAreReportedProjectWideOncePerMetric() {
        Set<String> withData = PACK.metrics().stream().map(Metric::id)
                .filter(id -> !id.equals("gender") && !id.equals("max_days_at_sea")).collect(Collectors.toSet());

        List<FindingDraft> drafts = engine().project(new ProjectFacts(List.of(), withData));

        assertThat(drafts).hasSize(2).allSatisfy(d -> {
            assertThat(d.ruleId()).isEqualTo("metric-no-data");
            assertThat(d.supplierId()).isNull();
            assertThat(d.severity()).isEqualTo(Severity.INFO);
        });
        assertThat(drafts).extracting(FindingDraft::key).containsExactlyInAnyOrder(
                FindingDraft.keyOf("metric-no-data", null, null, "gender"),
                FindingDraft.keyOf("metric-no-data", null, null, "max_days_at_sea"));
        Set<String> all = PACK.metrics().stream().map(Metric::id).collect(Collectors.toSet());
        assertThat(engine().project(new ProjectFacts(List.of(), all))).isEmpty();
    }

    @Test
    void skippedRowsGiveOneFindingPerImportWithEachRow() {
        List<EvidenceCell> first = List.of(skipped(3, 4), skipped(3, 9));
        List<EvidenceCell> second = List.of(skipped(8, 2));
        Set<String> all = PACK.metrics().stream().map(Metric::id).collect(Collectors.toSet());

        List<FindingDraft> drafts = engine().project(new ProjectFacts(List.of(first, List.of(), second), all));

        assertThat(drafts).hasSize(2).allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo(FindingKind.VALIDATION);
            assertThat(d.severity()).isEqualTo(Severity.LOW);
        });
        FindingDraft fromThree = drafts.stream().filter(d -> d.key().equals(
                FindingDraft.keyOf("skipped-rows", null, null, "3"))).findFirst().orElseThrow();
        assertThat(fromThree.evidence()).containsExactlyElementsOf(first);
        assertThat(value(fromThree, "Rows skipped")).isEqualTo("2");
        assertThat(fromThree.title()).isEqualTo("Rows skipped when importing file-3.xlsx");
    }

    @Test
    void mentionsAwaitingReviewGiveAnUncertainMatchFinding() {
        EvidenceCell mention = RuleFixtures.Supplier.cell(4, DataSourceKind.SUPPLIER_LIST, "Suppliers", 12, 1,
                null, null);
        FindingDraft finding = only(clean().mention(mention).run(), "uncertain-match");

        assertThat(finding.kind()).isEqualTo(FindingKind.VALIDATION);
        assertThat(finding.evidence()).containsExactly(mention);
        assertThat(withRule(clean().run(), "uncertain-match")).isEmpty();
    }

    private static EvidenceCell skipped(long importId, int row) {
        return RuleFixtures.Supplier.cell(importId, DataSourceKind.SAQ, "SAQ", row, -1, null, null);
    }
}
