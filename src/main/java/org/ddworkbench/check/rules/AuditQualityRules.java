package org.ddworkbench.check.rules;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ddworkbench.model.AuditPolicy;
import org.ddworkbench.model.CheckRule;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.EvidenceCell;
import org.ddworkbench.model.Metric;

/** Flags audits that cannot be relied on: none, stale, announced only, few interviews, uniform answers. */
final class AuditQualityRules {
    private final CheckContext context;
    private final ImportCatalog imports;

    AuditQualityRules(CheckContext context, ImportCatalog imports) {
        this.context = context;
        this.imports = imports;
    }

    List<FindingDraft> evaluate(SupplierPeriod data) {
        List<FindingDraft> drafts = new ArrayList<>();
        AuditPolicy policy = context.pack().auditPolicy();
        if (data.facts().audits().isEmpty()) {
            drafts.add(start(CheckRule.NO_AUDIT, data)
                    .title("No audit on record")
                    .explanation("No social audit of this supplier has been imported, so nothing it states has been"
                            + " checked on site.")
                    .value("Audits on record", "0")
                    .build(context));
        } else if (data.auditsInPeriod().isEmpty()) {
            drafts.add(stale(data, policy));
        }
        if (policy.unannouncedExpected() && announcedOnly(data.auditsInPeriod())) {
            Evidence evidence = new Evidence();
            data.auditsInPeriod().forEach(a -> evidence.add(a.cell()));
            drafts.add(start(CheckRule.ANNOUNCED_ONLY, data)
                    .title("Only announced audits in the period")
                    .explanation("Every audit of this supplier within " + context.period() + " was announced in"
                            + " advance; the pack expects unannounced or semi-announced audits, which are harder to"
                            + " prepare for.")
                    .value("Audits in the period", String.valueOf(data.auditsInPeriod().size()))
                    .value("Audit type", "announced")
                    .evidence(evidence)
                    .build(context));
        }
        FindingDraft interviews = interviewShare(data, policy);
        if (interviews != null) {
            drafts.add(interviews);
        }
        FindingDraft uniform = uniformAnswers(data, policy.uniformAnswers());
        if (uniform != null) {
            drafts.add(uniform);
        }
        return drafts;
    }

    private FindingDraft stale(SupplierPeriod data, AuditPolicy policy) {
        AuditFacts latest = data.latestAudit();
        Evidence evidence = new Evidence();
        evidence.add(latest.cell());
        Draft draft = start(CheckRule.STALE_AUDIT, data)
                .title("Latest audit is older than " + policy.maxAgeMonths() + " months")
                .value("Latest audit", latest.date() == null ? "undated" : latest.date().toString());
        if (latest.date() != null && latest.date().isAfter(context.asOf())) {
            draft.explanation("The only audits of this supplier are dated after the as-of date " + context.asOf()
                            + ", so none falls within the assessment period " + context.period() + ".")
                    .value("Age", "dated after the as-of date");
        } else {
            long months = ChronoUnit.MONTHS.between(latest.date(), context.asOf());
            draft.explanation("The latest audit of this supplier is dated " + latest.date() + ", " + months
                            + " months before " + context.asOf() + "; the pack treats audits older than "
                            + policy.maxAgeMonths() + " months as stale.")
                    .value("Age", months + " months");
        }
        return draft.value("Maximum age", policy.maxAgeMonths() + " months").evidence(evidence).build(context);
    }

    private static boolean announcedOnly(List<AuditFacts> audits) {
        // An audit whose type is unknown might have been unannounced, so it spares the supplier the finding.
        return !audits.isEmpty() && audits.stream().allMatch(a -> a.auditType() != null
                && a.auditType().replaceAll("\\s+", "").toLowerCase(Locale.ROOT).equals("announced"));
    }

    private FindingDraft interviewShare(SupplierPeriod data, AuditPolicy policy) {
        AuditFacts audit = data.currentAudit();
        if (audit == null || audit.workersInterviewed() == null) {
            return null;
        }
        Evidence evidence = new Evidence();
        evidence.add(cellOf(data, "workers_interviewed", audit));
        double total;
        String totalSource;
        if (audit.workersTotal() != null) {
            total = audit.workersTotal();
            totalSource = "the audit";
            evidence.addOnce(cellOf(data, "workers_total", audit));
        } else {
            Fact saqTotal = data.latest(DataSourceKind.SAQ, "workers_total");
            if (saqTotal == null || saqTotal.number() == null) {
                return null;
            }
            total = saqTotal.number();
            totalSource = "the latest SAQ";
            evidence.add(saqTotal.cell());
        }
        if (total <= 0) {
            return null;
        }
        double share = audit.workersInterviewed() / total;
        if (share >= policy.minInterviewShare()) {
            return null;
        }
        return start(CheckRule.LOW_INTERVIEW_SHARE, data)
                .site(audit.site())
                .title("Few workers interviewed at the audit")
                .explanation("The current audit" + (audit.date() == null ? "" : " of " + audit.date())
                        + " interviewed " + audit.workersInterviewed() + " of " + Texts.number(total)
                        + " workers (workforce from " + totalSource + "), " + Texts.percent(share)
                        + "; the pack expects at least " + Texts.percent(policy.minInterviewShare()) + ".")
                .value("Workers interviewed", String.valueOf(audit.workersInterviewed()))
                .value("Workers at the supplier (" + totalSource + ")", Texts.number(total))
                .value("Share interviewed", Texts.percent(share))
                .value("Minimum share", Texts.percent(policy.minInterviewShare()))
                .evidence(evidence)
                .build(context);
    }

    /** The current audit's cell for one of its figures, or its row when that figure has no cell of its own. */
    private static EvidenceCell cellOf(SupplierPeriod data, String metricId, AuditFacts audit) {
        Fact fact = data.latest(DataSourceKind.AUDIT, metricId);
        return fact == null ? audit.cell() : fact.cell();
    }

    private FindingDraft uniformAnswers(SupplierPeriod data, AuditPolicy.UniformAnswers rule) {
        if (rule == null) {
            return null;
        }
        WorkerValues answers = data.workers(DataSourceKind.WORKER_SURVEY, rule.metric());
        if (answers == null) {
            return null;
        }
        Map<String, Integer> counts = new TreeMap<>();
        int answered = 0;
        for (int i = 0; i < answers.size(); i++) {
            String key = answerKey(answers, i);
            if (key != null) {
                counts.merge(key, 1, Integer::sum);
                answered++;
            }
        }
        if (answered < rule.minAnswers()) {
            return null;
        }
        // TreeMap order makes the choice among equally common answers the same on every run.
        String common = null;
        int most = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > most) {
                common = entry.getKey();
                most = entry.getValue();
            }
        }
        double share = (double) most / answered;
        if (share <= rule.maxSameShare()) {
            return null;
        }
        Metric metric = context.pack().metric(rule.metric()).orElse(null);
        String label = metric == null ? rule.metric() : metric.label();
        Evidence evidence = new Evidence();
        for (int i = 0; i < answers.size(); i++) {
            if (common.equals(answerKey(answers, i))) {
                if (evidence.full()) {
                    evidence.count();
                } else {
                    evidence.add(answers.cell(i, imports, Texts.value(metric, answers.number(i), answers.text(i))));
                }
            }
        }
        String shown = Texts.value(metric, answers.number(firstIndex(answers, common)),
                answers.text(firstIndex(answers, common)));
        return start(CheckRule.UNIFORM_ANSWERS, data)
                .title("Suspiciously uniform answers: " + label)
                .explanation(most + " of " + answered + " surveyed workers (" + Texts.percent(share) + ") gave the"
                        + " same answer for \"" + label + "\" (" + shown + "); more than "
                        + Texts.percent(rule.maxSameShare()) + " alike can point to coached interviews or copied"
                        + " records.")
                .value("Answers", String.valueOf(answered))
                .value("Most common answer", shown)
                .value("Share giving it", Texts.partOf(most, answered))
                .value("Maximum share", Texts.percent(rule.maxSameShare()))
                .evidence(evidence)
                .build(context);
    }

    private static String answerKey(WorkerValues answers, int i) {
        if (answers.text(i) != null) {
            return "t:" + answers.text(i);
        }
        double number = answers.number(i);
        return Double.isNaN(number) ? null : "n:" + Double.toString(number);
    }

    private static int firstIndex(WorkerValues answers, String key) {
        for (int i = 0; i < answers.size(); i++) {
            if (key.equals(answerKey(answers, i))) {
                return i;
            }
        }
        throw new IllegalStateException("the most common answer occurs");
    }

    private Draft start(CheckRule rule, SupplierPeriod data) {
        return Draft.of(rule.id(), rule.kind(), context.pack().checkPolicy().severity(rule)).supplier(data.facts());
    }
}
