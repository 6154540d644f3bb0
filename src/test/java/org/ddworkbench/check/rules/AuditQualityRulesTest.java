package org.ddworkbench.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.check.rules.RuleFixtures.AUDIT_ID;
import static org.ddworkbench.check.rules.RuleFixtures.AUDIT_IMPORT;
import static org.ddworkbench.check.rules.RuleFixtures.PACK;
import static org.ddworkbench.check.rules.RuleFixtures.SITE;
import static org.ddworkbench.check.rules.RuleFixtures.clean;
import static org.ddworkbench.check.rules.RuleFixtures.only;
import static org.ddworkbench.check.rules.RuleFixtures.value;
import static org.ddworkbench.check.rules.RuleFixtures.withRule;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ddworkbench.model.AuditPolicy;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.EvidenceCell;
import org.ddworkbench.model.FindingKind;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.Severity;
import org.junit.jupiter.api.Test;

class AuditQualityRulesTest {

    private static RuleFixtures.Supplier withoutAudits() {
        RuleFixtures.Supplier supplier = clean();
        supplier.audits.clear();
        supplier.facts.removeIf(f -> f.kind() == DataSourceKind.AUDIT);
        return supplier;
    }

    @Test
    void supplierWithoutAnyAuditGetsNoAuditFinding() {
        List<FindingDraft> drafts = withoutAudits().run();

        FindingDraft finding = only(drafts, "no-audit");
        assertThat(finding.kind()).isEqualTo(FindingKind.AUDIT_QUALITY);
        assertThat(finding.severity()).isEqualTo(Severity.HIGH);
        assertThat(finding.indicators()).isEmpty();
        assertThat(withRule(drafts, "stale-audit")).isEmpty();
        assertThat(withRule(clean().run(), "no-audit")).isEmpty();
    }

    @Test
    void auditOlderThanThePeriodIsStaleAndCitesItsRow() {
        List<FindingDraft> drafts = withoutAudits().audit(11, LocalDate.of(2022, 12, 1), "unannounced", 50, 400)
                .audit(12, LocalDate.of(2021, 5, 1), "unannounced", 50, 400).run();

        FindingDraft finding = only(drafts, "stale-audit");
        assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(value(finding, "Latest audit")).isEqualTo("2022-12-01");
        assertThat(value(finding, "Age")).isEqualTo("30 months");
        assertThat(value(finding, "Maximum age")).isEqualTo("24 months");
        assertThat(finding.evidence()).singleElement().satisfies(cell -> {
            assertThat(cell.importId()).isEqualTo(AUDIT_IMPORT);
            assertThat(cell.sheet()).isEqualTo("Audit");
            assertThat(cell.row()).isEqualTo(11);
            assertThat(cell.column()).isEqualTo(-1);
        });
        assertThat(withRule(drafts, "no-audit")).isEmpty();
    }

    @Test
    void auditWithinThePeriodIsNotStale() {
        List<FindingDraft> drafts = clean().audit(12, LocalDate.of(2021, 5, 1), "unannounced", 50, 400).run();

        assertThat(withRule(drafts, "stale-audit")).isEmpty();
    }

    @Test
    void announcedAuditsOnlyAreFlaggedWhenThePackExpectsUnannouncedOnes() {
        RuleFixtures.Supplier announced = withoutAudits()
                .audit(11, LocalDate.of(2024, 5, 1), "Announced", 50, 400)
                .audit(12, LocalDate.of(2025, 2, 1), " announced ", 50, 400);

        FindingDraft finding = only(announced.run(), "announced-only");
        assertThat(finding.severity()).isEqualTo(Severity.LOW);
        assertThat(finding.evidence()).extracting(EvidenceCell::row).containsExactly(11, 12);

        MetricPack relaxed = withAuditPolicy(new AuditPolicy(24, 0.1, false, PACK.auditPolicy().uniformAnswers()));
        assertThat(withRule(new RuleEngine(RuleFixtures.context(relaxed), RuleFixtures.imports())
                .evaluate(announced.build(), Set.of()).drafts(), "announced-only")).isEmpty();
    }

    @Test
    void oneUnannouncedOrUnknownAuditTypeSparesTheAnnouncedOnlyFinding() {
        assertThat(withRule(withoutAudits().audit(11, LocalDate.of(2024, 5, 1), "announced", 50, 400)
                .audit(12, LocalDate.of(2025, 2, 1), "semi-announced", 50, 400).run(), "announced-only")).isEmpty();
        assertThat(withRule(withoutAudits().audit(11, LocalDate.of(2024, 5, 1), "announced", 50, 400)
                .audit(12, LocalDate.of(2025, 2, 1), null, 50, 400).run(), "announced-only")).isEmpty();
        assertThat(withRule(withoutAudits().audit(11, LocalDate.of(2024, 5, 1), "unannounced", 50, 400)
                .audit(12, LocalDate.of(2021, 2, 1), "announced", 50, 400).run(), "announced-only")).isEmpty();
    }

    @Test
    void fewWorkersInterviewedIsFlaggedAtTheAuditedSite() {
        List<FindingDraft> drafts = withoutAudits().audit(AUDIT_ID, LocalDate.of(2025, 3, 1), "unannounced", 6,
                400).run();

        FindingDraft finding = only(drafts, "low-interview-share");
        assertThat(finding.site()).isEqualTo(SITE);
        assertThat(finding.key()).isEqualTo(FindingDraft.keyOf("low-interview-share", 7L, SITE, ""));
        assertThat(value(finding, "Share interviewed")).isEqualTo("1.5%");
        assertThat(value(finding, "Minimum share")).isEqualTo("2%");
        assertThat(finding.evidence()).singleElement().satisfies(cell -> {
            assertThat(cell.kind()).isEqualTo(DataSourceKind.AUDIT);
            assertThat(cell.row()).isEqualTo((int) AUDIT_ID);
        });
    }

    @Test
    void interviewShareFallsBackToTheSaqWorkforceAndPassesAtTheMinimum() {
        List<FindingDraft> fallback = withoutAudits().audit(AUDIT_ID, LocalDate.of(2025, 3, 1), "unannounced", 4,
                null).run();
        FindingDraft finding = only(fallback, "low-interview-share");
        assertThat(value(finding, "Workers at the supplier (the latest SAQ)")).isEqualTo("400");
        assertThat(finding.evidence()).extracting(EvidenceCell::kind)
                .containsExactly(DataSourceKind.AUDIT, DataSourceKind.SAQ);

        assertThat(withRule(withoutAudits().audit(AUDIT_ID, LocalDate.of(2025, 3, 1), "unannounced", 8, 400).run(),
                "low-interview-share")).isEmpty();
        assertThat(withRule(withoutAudits().without("workers_total")
                .audit(AUDIT_ID, LocalDate.of(2025, 3, 1), "unannounced", 1, null).run(), "low-interview-share"))
                .isEmpty();
    }

    @Test
    void uniformAnswersAreFlaggedWithTheCellsThatRepeat() {
        double[] hours = RuleFixtures.repeat(60, 10);
        List<FindingDraft> drafts = clean().workers(DataSourceKind.WORKER_SURVEY, "total_weekly_hours", hours).run();

        FindingDraft finding = only(drafts, "uniform-answers");
        assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(value(finding, "Most common answer")).isEqualTo("60");
        assertThat(value(finding, "Share giving it")).isEqualTo("10 of 10 (100%)");
        assertThat(finding.evidence()).hasSize(10).allSatisfy(cell -> {
            assertThat(cell.sheet()).isEqualTo("Survey");
            assertThat(cell.metricId()).isEqualTo("total_weekly_hours");
        });
    }

    @Test
    void uniformAnswersNeedEnoughAnswersAndMoreThanTheMaximumShare() {
        assertThat(withRule(clean().workers(DataSourceKind.WORKER_SURVEY, "total_weekly_hours",
                RuleFixtures.repeat(60, 9)).run(), "uniform-answers")).isEmpty();
        double[] eightOfTen = RuleFixtures.repeat(60, 10);
        eightOfTen[0] = 50;
        eightOfTen[1] = 52;
        assertThat(withRule(clean().workers(DataSourceKind.WORKER_SURVEY, "total_weekly_hours", eightOfTen).run(),
                "uniform-answers")).isEmpty();
        double[] nineOfTen = RuleFixtures.repeat(60, 10);
        nineOfTen[0] = 50;
        assertThat(only(clean().workers(DataSourceKind.WORKER_SURVEY, "total_weekly_hours", nineOfTen).run(),
                "uniform-answers").evidenceTotal()).isEqualTo(9);
    }

    static MetricPack withAuditPolicy(AuditPolicy policy) {
        MetricPack p = PACK;
        return new MetricPack(p.format(), p.id(), p.version(), p.title(), p.description(), p.publisher(), p.sources(),
                p.dimensions(), p.indicators(), p.metrics(), p.findingScales(), p.crossChecks(), p.combinationRule(),
                p.checkPolicy(), policy, p.riskModel(), p.disclosure());
    }
}
