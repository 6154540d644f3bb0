package org.ddworkbench.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.check.rules.RuleFixtures.SAQ_IMPORT;
import static org.ddworkbench.check.rules.RuleFixtures.clean;
import static org.ddworkbench.check.rules.RuleFixtures.engine;
import static org.ddworkbench.check.rules.RuleFixtures.only;
import static org.ddworkbench.check.rules.RuleFixtures.value;
import static org.ddworkbench.check.rules.RuleFixtures.withRule;
import static org.ddworkbench.check.rules.RuleFixtures.yesNo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.EvidenceCell;
import org.ddworkbench.model.FindingKind;
import org.ddworkbench.model.Severity;
import org.junit.jupiter.api.Test;

class CombinationAndDeterminismTest {
    private static final LocalDate SAQ_DATE = LocalDate.of(2025, 1, 15);
    private static final String DOCUMENTS_FLAG = "threshold:documents_held_by_employer:red";
    private static final String DOCUMENTS_CHECK = "crosscheck:documents-saq-vs-workers";

    /** Documents held: retention of identity documents, which is both "impossibility of leaving" and "penalty". */
    private static RuleFixtures.Supplier documentsHeld() {
        return clean().without("documents_held_by_employer")
                .saq(SAQ_IMPORT, SAQ_DATE, "documents_held_by_employer", 1);
    }

    /** Plus recruitment fees: debt bondage and deception, on the "unfree recruitment" side. */
    private static RuleFixtures.Supplier documentsHeldAndFeesCharged() {
        return documentsHeld().without("recruitment_fees_charged")
                .saq(SAQ_IMPORT, SAQ_DATE, "recruitment_fees_charged", 1);
    }

    @Test
    void oneIndicatorOnBothSidesIsNotACombination() {
        List<FindingDraft> drafts = documentsHeld().run();

        assertThat(withRule(drafts, DOCUMENTS_FLAG)).hasSize(1);
        assertThat(withRule(drafts, "combination")).isEmpty();
    }

    @Test
    void twoDistinctIndicatorsAcrossTheDimensionsRaisePossibleForcedLabour() {
        List<FindingDraft> drafts = documentsHeldAndFeesCharged().run();

        FindingDraft finding = only(drafts, "combination");
        assertThat(finding.kind()).isEqualTo(FindingKind.COMBINATION);
        assertThat(finding.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(finding.indicators())
                .containsExactly("debt-bondage", "deception", "retention-of-identity-documents");
        assertThat(value(finding, "Unfree recruitment")).isEqualTo("Debt bondage, Deception");
        assertThat(value(finding, "Penalty or menace of penalty")).isEqualTo("Retention of identity documents");
        assertThat(finding.evidence()).extracting(EvidenceCell::metricId)
                .containsExactlyInAnyOrder("documents_held_by_employer", "recruitment_fees_charged");
        assertThat(finding.explanation()).contains("possible forced labour");
    }

    @Test
    void amberFlagsAloneDoNotAddUpToPossibleForcedLabour() {
        List<FindingDraft> drafts = clean().without("employer_pays_policy")
                .saq(SAQ_IMPORT, SAQ_DATE, "employer_pays_policy", 0)
                .workers(DataSourceKind.WORKER_SURVEY, "can_contact_family", yesNo(8, 2))
                .run();

        assertThat(only(drafts, "threshold:employer_pays_policy:amber").indicators()).contains("debt-bondage");
        assertThat(only(drafts, "threshold:can_contact_family:amber").indicators()).contains("isolation");
        assertThat(withRule(drafts, "combination")).isEmpty();
    }

    @Test
    void falsePositivesAreLeftOutOfTheCombination() {
        SupplierFacts facts = documentsHeldAndFeesCharged().build();
        List<FindingDraft> drafts = engine().evaluate(facts, Set.of()).drafts();
        String flag = only(drafts, DOCUMENTS_FLAG).key();
        String check = only(drafts, DOCUMENTS_CHECK).key();

        assertThat(withRule(engine().evaluate(facts, Set.of(flag)).drafts(), "combination")).hasSize(1);
        List<FindingDraft> without = engine().evaluate(facts, Set.of(flag, check)).drafts();
        assertThat(withRule(without, "combination")).isEmpty();
        assertThat(withRule(without, DOCUMENTS_FLAG)).hasSize(1);
    }

    @Test
    void sameInputGivesEqualDraftsSortedByKey() {
        SupplierFacts facts = documentsHeldAndFeesCharged()
                .workers(DataSourceKind.WORKER_SURVEY, "paid_recruitment_fee", yesNo(30, 18)).build();

        List<FindingDraft> first = engine().evaluate(facts, Set.of()).drafts();
        List<FindingDraft> second = engine().evaluate(facts, Set.of()).drafts();

        assertThat(first).hasSizeGreaterThan(3).isEqualTo(second);
        assertThat(first).isSortedAccordingTo(Comparator.comparing(FindingDraft::key));
        assertThat(first).extracting(FindingDraft::key).doesNotHaveDuplicates();
    }

    @Test
    void keysDependOnRuleSupplierSiteAndSubjectNotOnTheValues() {
        String many = only(clean().workers(DataSourceKind.WORKER_SURVEY, "paid_recruitment_fee", yesNo(30, 18)).run(),
                "threshold:paid_recruitment_fee:red").key();
        String few = only(clean().workers(DataSourceKind.WORKER_SURVEY, "paid_recruitment_fee", yesNo(3, 18)).run(),
                "threshold:paid_recruitment_fee:red").key();

        assertThat(many).isEqualTo(few).isEqualTo(FindingDraft.keyOf("threshold:paid_recruitment_fee:red", 7L, null,
                "paid_recruitment_fee:red")).hasSize(64);
        assertThat(FindingDraft.keyOf("x", 7L, "Plant 1", "")).isNotEqualTo(FindingDraft.keyOf("x", 7L, null, ""))
                .isNotEqualTo(FindingDraft.keyOf("x", 8L, "Plant 1", ""));
    }

    @Test
    void confidenceCountsSaqAuditAndSurveyAThirdEach() {
        assertThat(engine().evaluate(clean().build(), Set.of()).confidence()).isEqualTo(1.0);
        RuleFixtures.Supplier noAudit = clean();
        noAudit.audits.clear();
        assertThat(engine().evaluate(noAudit.build(), Set.of()).confidence()).isEqualTo(2 / 3.0);
        RuleFixtures.Supplier staleAuditOnly = clean();
        staleAuditOnly.audits.clear();
        staleAuditOnly.facts.clear();
        staleAuditOnly.workers.clear();
        staleAuditOnly.audit(11, LocalDate.of(2020, 1, 1), "unannounced", 5, 10);
        assertThat(engine().evaluate(staleAuditOnly.build(), Set.of()).confidence()).isZero();
        RuleFixtures.Supplier grievancesOnly = clean();
        grievancesOnly.workers.clear();
        grievancesOnly.workers(DataSourceKind.GRIEVANCE, "threatened", 0, 1);
        assertThat(engine().evaluate(grievancesOnly.build(), Set.of()).confidence()).isEqualTo(2 / 3.0);
    }
}
