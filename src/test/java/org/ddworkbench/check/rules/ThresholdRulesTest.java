package org.ddworkbench.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.check.rules.RuleFixtures.AUDIT_ID;
import static org.ddworkbench.check.rules.RuleFixtures.SAQ_IMPORT;
import static org.ddworkbench.check.rules.RuleFixtures.SURVEY_IMPORT;
import static org.ddworkbench.check.rules.RuleFixtures.clean;
import static org.ddworkbench.check.rules.RuleFixtures.only;
import static org.ddworkbench.check.rules.RuleFixtures.value;
import static org.ddworkbench.check.rules.RuleFixtures.withRule;
import static org.ddworkbench.check.rules.RuleFixtures.yesNo;

import java.time.LocalDate;
import java.util.List;
import org.ddworkbench.model.Comparison;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.EvidenceCell;
import org.ddworkbench.model.FindingKind;
import org.ddworkbench.model.Flag;
import org.ddworkbench.model.Severity;
import org.ddworkbench.model.Threshold;
import org.junit.jupiter.api.Test;

class ThresholdRulesTest {

    @Test
    void cleanSupplierHasNoFindings() {
        assertThat(clean().run()).isEmpty();
    }

    @Test
    void supplierBooleanYesRaisesRedFlagCitingTheSaqCell() {
        List<FindingDraft> drafts = clean().without("recruitment_fees_charged")
                .saq(SAQ_IMPORT, LocalDate.of(2025, 1, 15), "recruitment_fees_charged", 1).run();

        FindingDraft flag = only(drafts, "threshold:recruitment_fees_charged:red");
        assertThat(flag.kind()).isEqualTo(FindingKind.THRESHOLD);
        assertThat(flag.severity()).isEqualTo(Severity.HIGH);
        assertThat(flag.indicators()).containsExactly("debt-bondage", "deception");
        assertThat(flag.supplierId()).isEqualTo(7L);
        assertThat(flag.country()).isEqualTo("TH");
        assertThat(flag.period()).isEqualTo("2023-06-30/2025-06-30");
        assertThat(flag.key()).isEqualTo(FindingDraft.keyOf("threshold:recruitment_fees_charged:red", 7L, null,
                "recruitment_fees_charged:red"));
        assertThat(value(flag, "Latest SAQ: Recruitment fees charged to workers")).isEqualTo("yes");
        assertThat(value(flag, "Threshold")).isEqualTo("= yes");
        assertThat(flag.evidence()).singleElement().satisfies(cell -> {
            assertThat(cell.fileName()).isEqualTo("file-1.xlsx");
            assertThat(cell.fileSha256()).isEqualTo("sha-1");
            assertThat(cell.sheet()).isEqualTo("SAQ");
            assertThat(cell.row()).isEqualTo(2);
            assertThat(cell.metricId()).isEqualTo("recruitment_fees_charged");
        });
        assertThat(flag.evidenceTotal()).isEqualTo(1);
        assertThat(flag.title()).isEqualTo("Red flag: Recruitment fees charged to workers = yes");
    }

    @Test
    void supplierValueCrossingOnlyInTheAuditCitesTheAuditCell() {
        List<FindingDraft> drafts = clean().auditFact(AUDIT_ID, "documents_held_by_employer", 1).run();

        FindingDraft flag = only(drafts, "threshold:documents_held_by_employer:red");
        assertThat(flag.evidence()).extracting(EvidenceCell::kind).containsExactly(DataSourceKind.AUDIT);
        assertThat(value(flag, "Latest SAQ: Employer holds workers' identity documents")).isEqualTo("no");
        assertThat(value(flag, "Audit (Plant 1, 2025-03-01): Employer holds workers' identity documents"))
                .isEqualTo("yes");
    }

    @Test
    void supplierListValueCountsAsASource() {
        List<FindingDraft> drafts = clean().listFact("migrant_worker_share", 70).run();

        FindingDraft flag = only(drafts, "threshold:migrant_worker_share:amber");
        assertThat(flag.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(value(flag, "Supplier list: Share of migrant workers")).isEqualTo("70%");
    }

    @Test
    void workerShareAtTheMinimumShareRaisesTheFlag() {
        List<FindingDraft> drafts = clean()
                .workers(DataSourceKind.WORKER_SURVEY, "paid_recruitment_fee", yesNo(1, 19)).run();

        FindingDraft flag = only(drafts, "threshold:paid_recruitment_fee:red");
        assertThat(value(flag, "Workers beyond the threshold")).isEqualTo("1 of 20 (5%)");
        assertThat(value(flag, "Threshold")).isEqualTo("= yes, for at least 5% of workers");
        assertThat(flag.evidence()).singleElement().satisfies(cell -> {
            assertThat(cell.importId()).isEqualTo(SURVEY_IMPORT);
            assertThat(cell.sheet()).isEqualTo("Survey");
            assertThat(cell.row()).isEqualTo(2);
            assertThat(cell.column()).isEqualTo(4);
            assertThat(cell.value()).isEqualTo("yes");
        });
    }

    @Test
    void workerShareBelowTheMinimumShareRaisesNothing() {
        List<FindingDraft> drafts = clean()
                .workers(DataSourceKind.WORKER_SURVEY, "paid_recruitment_fee", yesNo(1, 20)).run();

        assertThat(withRule(drafts, "threshold:paid_recruitment_fee:red")).isEmpty();
    }

    @Test
    void workerShareValuesGiveCountShareThresholdAndBasis() {
        List<FindingDraft> drafts = clean()
                .workers(DataSourceKind.WORKER_SURVEY, "paid_recruitment_fee", yesNo(30, 18)).run();

        FindingDraft flag = only(drafts, "threshold:paid_recruitment_fee:red");
        assertThat(value(flag, "Workers beyond the threshold")).isEqualTo("30 of 48 (62.5%)");
        assertThat(value(flag, "Basis")).startsWith("Employer Pays Principle");
        assertThat(flag.evidence()).hasSize(30).allSatisfy(cell -> assertThat(cell.value()).isEqualTo("yes"));
        assertThat(flag.explanation()).contains("30 of 48 surveyed workers (62.5%)");
    }

    @Test
    void anySingleWorkerBeyondAThresholdWithoutMinimumShareRaisesTheFlag() {
        double[] hours = RuleFixtures.hours(20, 56);
        hours[7] = 61;
        List<FindingDraft> drafts = clean().workers(DataSourceKind.WORKER_SURVEY, "total_weekly_hours", hours).run();

        FindingDraft flag = only(drafts, "threshold:total_weekly_hours:red");
        assertThat(value(flag, "Workers beyond the threshold")).isEqualTo("1 of 20 (5%)");
        assertThat(value(flag, "Threshold")).isEqualTo("> 60, for any single worker");
        assertThat(flag.evidence()).singleElement().satisfies(cell -> {
            assertThat(cell.row()).isEqualTo(9);
            assertThat(cell.value()).isEqualTo("61");
        });
    }

    @Test
    void redThresholdSuppressesAmberOfTheSameMetric() {
        List<FindingDraft> both = clean().workers(DataSourceKind.WORKER_SURVEY, "wage_delay_days", 40, 0, 0).run();
        assertThat(withRule(both, "threshold:wage_delay_days:red")).hasSize(1);
        assertThat(withRule(both, "threshold:wage_delay_days:amber")).isEmpty();

        List<FindingDraft> amber = clean().workers(DataSourceKind.WORKER_SURVEY, "wage_delay_days", 10, 0, 0).run();
        assertThat(withRule(amber, "threshold:wage_delay_days:red")).isEmpty();
        assertThat(only(amber, "threshold:wage_delay_days:amber").severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void auditValueOfAWorkerMetricRaisesTheFlagOnItsOwn() {
        List<FindingDraft> drafts = clean().auditFact(AUDIT_ID, "total_weekly_hours", 66).run();

        FindingDraft flag = only(drafts, "threshold:total_weekly_hours:red");
        assertThat(flag.evidence()).singleElement().satisfies(cell -> {
            assertThat(cell.kind()).isEqualTo(DataSourceKind.AUDIT);
            assertThat(cell.metricId()).isEqualTo("total_weekly_hours");
        });
        assertThat(value(flag, "Workers beyond the threshold")).isEqualTo("0 of 20 (0%)");
    }

    @Test
    void grievanceAnswersAreCountedApartFromSurveyAnswers() {
        List<FindingDraft> drafts = clean().workers(DataSourceKind.GRIEVANCE, "physical_violence", 0, 1, 0).run();

        FindingDraft flag = only(drafts, "threshold:physical_violence:red");
        assertThat(value(flag, "Grievances beyond the threshold")).isEqualTo("1 of 3 (33.3%)");
        assertThat(flag.evidence()).extracting(EvidenceCell::kind).containsExactly(DataSourceKind.GRIEVANCE);
    }

    @Test
    void evidenceIsCappedWhileItsTotalStaysComplete() {
        double[] hours = RuleFixtures.repeat(70, 250);
        hours[0] = 50;
        List<FindingDraft> drafts = clean().workers(DataSourceKind.WORKER_SURVEY, "total_weekly_hours", hours).run();

        FindingDraft flag = only(drafts, "threshold:total_weekly_hours:red");
        assertThat(flag.evidence()).hasSize(FindingDraft.MAX_EVIDENCE);
        assertThat(flag.evidenceTotal()).isEqualTo(249);
        assertThat(flag.evidence().get(0).row()).isEqualTo(3);
    }

    @Test
    void choicesCompareByTextAndNumbersByTheOperator() {
        Threshold notAnnounced = new Threshold("x", Comparison.NE, "announced", null, Flag.AMBER, "b", null);
        assertThat(notAnnounced.crossedBy(Double.NaN, "Announced")).isFalse();
        assertThat(notAnnounced.crossedBy(Double.NaN, "unannounced")).isTrue();
        Threshold above = new Threshold("x", Comparison.GT, 60.0, null, Flag.RED, "b", null);
        assertThat(above.crossedBy(60, null)).isFalse();
        assertThat(above.crossedBy(60.5, null)).isTrue();
        assertThat(above.crossedBy(Double.NaN, "61")).isFalse();
        Threshold no = new Threshold("x", Comparison.EQ, false, null, Flag.RED, "b", null);
        assertThat(no.crossedBy(0, null)).isTrue();
        assertThat(no.crossedBy(1, null)).isFalse();
    }
}
