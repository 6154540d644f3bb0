package org.ddworkbench.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.check.rules.RuleFixtures.AUDIT_ID;
import static org.ddworkbench.check.rules.RuleFixtures.SAQ_IMPORT;
import static org.ddworkbench.check.rules.RuleFixtures.SITE;
import static org.ddworkbench.check.rules.RuleFixtures.clean;
import static org.ddworkbench.check.rules.RuleFixtures.only;
import static org.ddworkbench.check.rules.RuleFixtures.value;
import static org.ddworkbench.check.rules.RuleFixtures.withRule;
import static org.ddworkbench.check.rules.RuleFixtures.yesNo;

import java.time.LocalDate;
import java.util.List;
import org.ddworkbench.model.Aggregate;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.EvidenceCell;
import org.ddworkbench.model.Expectation;
import org.ddworkbench.model.FindingKind;
import org.ddworkbench.model.Operand;
import org.ddworkbench.model.Severity;
import org.ddworkbench.model.Tolerance;
import org.junit.jupiter.api.Test;

class CrossCheckRulesTest {
    private static final String FEES = "crosscheck:recruitment-fees-saq-vs-workers";
    private static final String AGENCY = "crosscheck:agency-workers-saq-vs-audit";
    private static final String HOURS = "crosscheck:weekly-hours-saq-vs-workers";
    private static final LocalDate SAQ_DATE = LocalDate.of(2025, 1, 15);

    @Test
    void saqDenyingFeesThatWorkersReportIsADiscrepancyCitingTheContradictingAnswers() {
        List<FindingDraft> drafts = clean()
                .workers(DataSourceKind.WORKER_SURVEY, "paid_recruitment_fee", yesNo(30, 18)).run();

        FindingDraft finding = only(drafts, FEES);
        assertThat(finding.kind()).isEqualTo(FindingKind.TRIANGULATION);
        assertThat(finding.severity()).isEqualTo(Severity.HIGH);
        assertThat(finding.indicators()).containsExactly("debt-bondage", "deception");
        assertThat(finding.site()).isNull();
        assertThat(finding.title()).isEqualTo("Recruitment fees: SAQ vs workers");
        assertThat(value(finding, "SAQ: Recruitment fees charged to workers")).isEqualTo("no");
        assertThat(value(finding, "Worker survey: Worker paid a recruitment fee (share answering yes)"))
                .isEqualTo("62.5% (30 of 48)");
        assertThat(value(finding, "Tolerance")).isEqualTo("± 10 percentage points");
        assertThat(finding.evidenceTotal()).isEqualTo(31);
        assertThat(finding.evidence().get(0)).satisfies(cell -> {
            assertThat(cell.kind()).isEqualTo(DataSourceKind.SAQ);
            assertThat(cell.metricId()).isEqualTo("recruitment_fees_charged");
        });
        assertThat(finding.evidence().subList(1, 31)).allSatisfy(cell -> {
            assertThat(cell.kind()).isEqualTo(DataSourceKind.WORKER_SURVEY);
            assertThat(cell.value()).isEqualTo("yes");
        });
    }

    @Test
    void shareExactlyAtTheToleranceAgreesAndJustBeyondItDoesNot() {
        assertThat(withRule(clean().workers(DataSourceKind.WORKER_SURVEY, "paid_recruitment_fee", yesNo(2, 18))
                .run(), FEES)).isEmpty();
        assertThat(withRule(clean().workers(DataSourceKind.WORKER_SURVEY, "paid_recruitment_fee", yesNo(3, 17))
                .run(), FEES)).hasSize(1);
    }

    @Test
    void saqAdmittingFeesCitesTheWorkersWhoSayTheyPaidNone() {
        List<FindingDraft> drafts = clean().without("recruitment_fees_charged")
                .saq(SAQ_IMPORT, SAQ_DATE, "recruitment_fees_charged", 1)
                .workers(DataSourceKind.WORKER_SURVEY, "paid_recruitment_fee", yesNo(4, 16)).run();

        FindingDraft finding = only(drafts, FEES);
        assertThat(finding.evidence()).hasSize(17);
        assertThat(finding.evidence().subList(1, 17)).allSatisfy(cell -> assertThat(cell.value()).isEqualTo("no"));
    }

    @Test
    void relativeToleranceAgainstTheAuditPassesAtItsEdgeAndNamesTheAuditSite() {
        assertThat(withRule(agency(108, 120).run(), AGENCY)).isEmpty();
        List<FindingDraft> drafts = agency(107, 120).run();

        FindingDraft finding = only(drafts, AGENCY);
        assertThat(finding.site()).isEqualTo(SITE);
        assertThat(finding.key()).isEqualTo(FindingDraft.keyOf(AGENCY, 7L, SITE, ""));
        assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(finding.indicators()).isEmpty();
        assertThat(value(finding, "SAQ: Agency workers")).isEqualTo("107");
        assertThat(value(finding, "Audit: Agency workers")).isEqualTo("120");
        assertThat(value(finding, "Tolerance")).isEqualTo("within 10% of the observed figure");
        assertThat(finding.evidence()).extracting(EvidenceCell::kind)
                .containsExactly(DataSourceKind.SAQ, DataSourceKind.AUDIT);
    }

    @Test
    void saqSayingNoAgencyWorkersWhenTheAuditCounts120IsADiscrepancy() {
        assertThat(withRule(agency(0, 120).run(), AGENCY)).hasSize(1);
    }

    @Test
    void atLeastPassesWithinTheToleranceAndCitesTheLongestWeekWhenItFails() {
        double[] hours = RuleFixtures.hours(20, 56);
        hours[5] = 64;
        assertThat(withRule(clean().workers(DataSourceKind.WORKER_SURVEY, "total_weekly_hours", hours).run(), HOURS))
                .isEmpty();
        hours[5] = 64.5;
        List<FindingDraft> drafts = clean().workers(DataSourceKind.WORKER_SURVEY, "total_weekly_hours", hours).run();

        FindingDraft finding = only(drafts, HOURS);
        assertThat(value(finding, "Worker survey: Total weekly hours (highest)")).isEqualTo("64.5");
        assertThat(value(finding, "Tolerance")).isEqualTo("± 4");
        assertThat(finding.evidence()).hasSize(2);
        assertThat(finding.evidence().get(1).row()).isEqualTo(7);
        assertThat(finding.explanation()).contains("is below the observed figure (64.5)");
    }

    @Test
    void equalWithZeroToleranceComparesBooleansAsOneAndZero() {
        List<FindingDraft> drafts = clean().without("wages_paid_on_time")
                .saq(SAQ_IMPORT, SAQ_DATE, "wages_paid_on_time", 1)
                .auditFact(AUDIT_ID, "wages_paid_on_time", 0).run();

        FindingDraft finding = only(drafts, "crosscheck:wages-on-time-saq-vs-audit");
        assertThat(finding.severity()).isEqualTo(Severity.HIGH);
        assertThat(value(finding, "SAQ: Wages paid on time")).isEqualTo("yes");
        assertThat(value(finding, "Audit: Wages paid on time")).isEqualTo("no");
    }

    @Test
    void aMissingSideRaisesNoDiscrepancy() {
        List<FindingDraft> noAnswers = clean().without("recruitment_fees_charged")
                .saq(SAQ_IMPORT, SAQ_DATE, "recruitment_fees_charged", 1)
                .noWorkers(DataSourceKind.WORKER_SURVEY, "paid_recruitment_fee").run();
        assertThat(withRule(noAnswers, FEES)).isEmpty();

        List<FindingDraft> noAuditFigure = clean().without("agency_workers")
                .saq(SAQ_IMPORT, SAQ_DATE, "agency_workers", 0).run();
        assertThat(withRule(noAuditFigure, AGENCY)).isEmpty();
    }

    @Test
    void toleranceBoundsPassWithinEitherBoundAndAtTheirEdges() {
        Tolerance absolute = new Tolerance(4.0, null);
        assertThat(CrossCheckRules.passes(Expectation.EQUAL, absolute, 10, 14)).isTrue();
        assertThat(CrossCheckRules.passes(Expectation.EQUAL, absolute, 10, 14.01)).isFalse();
        assertThat(CrossCheckRules.passes(Expectation.AT_LEAST, absolute, 10, 14)).isTrue();
        assertThat(CrossCheckRules.passes(Expectation.AT_LEAST, absolute, 100, 14)).isTrue();
        assertThat(CrossCheckRules.passes(Expectation.AT_LEAST, absolute, 9.9, 14)).isFalse();
        assertThat(CrossCheckRules.passes(Expectation.AT_MOST, absolute, 18, 14)).isTrue();
        assertThat(CrossCheckRules.passes(Expectation.AT_MOST, absolute, 0, 14)).isTrue();
        assertThat(CrossCheckRules.passes(Expectation.AT_MOST, absolute, 18.1, 14)).isFalse();
        Tolerance either = new Tolerance(1.0, 0.1);
        assertThat(CrossCheckRules.passes(Expectation.EQUAL, either, 90, 100)).isTrue();
        assertThat(CrossCheckRules.passes(Expectation.EQUAL, either, 89, 100)).isFalse();
        assertThat(CrossCheckRules.passes(Expectation.EQUAL, either, 1, 2)).isTrue();
        assertThat(CrossCheckRules.passes(Expectation.EQUAL, Tolerance.NONE, 1, 1)).isTrue();
        assertThat(CrossCheckRules.passes(Expectation.EQUAL, Tolerance.NONE, 1, 0)).isFalse();
    }

    @Test
    void operandsReduceByEveryAggregate() {
        SupplierPeriod data = new SupplierPeriod(RuleFixtures.context(), clean()
                .workers(DataSourceKind.WORKER_SURVEY, "total_weekly_hours", 40, 50, 60, 50)
                .workers(DataSourceKind.WORKER_SURVEY, "paid_recruitment_fee", 1, 0, 0, 1).build());
        Aggregates aggregates = new Aggregates(RuleFixtures.context(), RuleFixtures.imports());

        assertThat(reduce(aggregates, data, "total_weekly_hours", Aggregate.MEAN)).isEqualTo(50);
        assertThat(reduce(aggregates, data, "total_weekly_hours", Aggregate.VALUE)).isEqualTo(50);
        assertThat(reduce(aggregates, data, "total_weekly_hours", Aggregate.MEDIAN)).isEqualTo(50);
        assertThat(reduce(aggregates, data, "total_weekly_hours", Aggregate.MIN)).isEqualTo(40);
        assertThat(reduce(aggregates, data, "total_weekly_hours", Aggregate.MAX)).isEqualTo(60);
        assertThat(reduce(aggregates, data, "total_weekly_hours", Aggregate.SUM)).isEqualTo(200);
        assertThat(reduce(aggregates, data, "total_weekly_hours", Aggregate.COUNT)).isEqualTo(4);
        assertThat(reduce(aggregates, data, "paid_recruitment_fee", Aggregate.SHARE_TRUE)).isEqualTo(0.5);
        Operand saqValue = new Operand("workers_total", DataSourceKind.SAQ, Aggregate.VALUE);
        assertThat(aggregates.reduce(saqValue, data).orElseThrow().value()).isEqualTo(400);
        Operand medianOfThree = new Operand("total_weekly_hours", DataSourceKind.WORKER_SURVEY, Aggregate.MEDIAN);
        SupplierPeriod odd = new SupplierPeriod(RuleFixtures.context(), clean()
                .workers(DataSourceKind.WORKER_SURVEY, "total_weekly_hours", 70, 40, 45).build());
        assertThat(aggregates.reduce(medianOfThree, odd).orElseThrow().value()).isEqualTo(45);
        Operand none = new Operand("threatened", DataSourceKind.GRIEVANCE, Aggregate.COUNT);
        assertThat(aggregates.reduce(none, data)).isEmpty();
    }

    @Test
    void supplierListValueIsTheLatestOfItsFacts() {
        RuleFixtures.Supplier supplier = clean().listFact("workers_total", 300);
        supplier.facts.add(new Fact(RuleFixtures.Supplier.cell(6, DataSourceKind.SUPPLIER_LIST, "Suppliers", 9, 5,
                "workers_total", "350"), DataSourceKind.SUPPLIER_LIST, "workers_total", 350.0, null,
                LocalDate.of(2024, 1, 1), null));
        SupplierPeriod data = new SupplierPeriod(RuleFixtures.context(), supplier.build());
        Aggregates aggregates = new Aggregates(RuleFixtures.context(), RuleFixtures.imports());

        Aggregates.Reduced reduced = aggregates.reduce(
                new Operand("workers_total", DataSourceKind.SUPPLIER_LIST, Aggregate.VALUE), data).orElseThrow();
        assertThat(reduced.value()).isEqualTo(350);
        assertThat(reduced.display()).isEqualTo("350");
    }

    private static double reduce(Aggregates aggregates, SupplierPeriod data, String metric, Aggregate aggregate) {
        return aggregates.reduce(new Operand(metric, DataSourceKind.WORKER_SURVEY, aggregate), data).orElseThrow()
                .value();
    }

    private static RuleFixtures.Supplier agency(double saq, double audit) {
        RuleFixtures.Supplier supplier = clean().without("agency_workers").saq(SAQ_IMPORT, SAQ_DATE, "agency_workers",
                saq);
        return supplier.auditFact(AUDIT_ID, "agency_workers", audit);
    }
}
