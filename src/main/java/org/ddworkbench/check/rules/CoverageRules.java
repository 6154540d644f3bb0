package org.ddworkbench.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ddworkbench.model.CheckRule;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.Metric;

/** Reports missing data: suppliers without an SAQ in the period, unanswered required questions, unused metrics. */
final class CoverageRules {
    private final CheckContext context;

    CoverageRules(CheckContext context) {
        this.context = context;
    }

    List<FindingDraft> evaluate(SupplierPeriod data) {
        List<FindingDraft> drafts = new ArrayList<>();
        if (data.saq().isEmpty()) {
            drafts.add(noSaq(data));
            return drafts;
        }
        Set<String> answered = data.saq().stream().map(Fact::metricId).collect(Collectors.toSet());
        List<Metric> missing = context.pack().metrics().stream()
                .filter(m -> m.required() && m.collectedBy().contains(DataSourceKind.SAQ))
                .filter(m -> !answered.contains(m.id()))
                .toList();
        if (!missing.isEmpty()) {
            Fact first = data.saq().get(0);
            Evidence evidence = new Evidence();
            evidence.add(SupplierPeriod.sheetCell(first));
            List<String> labels = missing.stream().map(Metric::label).toList();
            drafts.add(start(CheckRule.MISSING_REQUIRED, data)
                    .title("SAQ lacks required answers")
                    .explanation("The latest SAQ (" + first.cell().fileName() + ") does not answer "
                            + missing.size() + " question" + (missing.size() == 1 ? "" : "s")
                            + " the pack requires: " + Texts.list(labels) + ".")
                    .value("Unanswered required questions", String.join("; ", labels))
                    .value("SAQ", first.cell().fileName())
                    .evidence(evidence)
                    .build(context));
        }
        return drafts;
    }

    private FindingDraft noSaq(SupplierPeriod data) {
        Evidence evidence = new Evidence();
        Draft draft = start(CheckRule.NO_SAQ, data)
                .title("No SAQ in the assessment period")
                .value("Assessment period", context.period());
        if (data.olderSaq().isEmpty()) {
            draft.explanation("No self-assessment questionnaire of this supplier has been imported, so there is"
                    + " nothing to compare audits and workers' answers with.");
        } else {
            Fact older = data.olderSaq().stream().max(SupplierPeriod.LATEST_LAST).orElseThrow();
            evidence.add(SupplierPeriod.sheetCell(older));
            draft.explanation("The latest self-assessment questionnaire of this supplier is dated "
                            + older.observedOn() + ", before the assessment period " + context.period()
                            + "; its answers are too old to compare with.")
                    .value("Latest SAQ", String.valueOf(older.observedOn()));
        }
        return draft.evidence(evidence).build(context);
    }

    /** One finding per pack metric that no import has given a value for. */
    List<FindingDraft> evaluate(ProjectFacts facts) {
        List<FindingDraft> drafts = new ArrayList<>();
        CheckRule rule = CheckRule.METRIC_NO_DATA;
        for (Metric metric : context.pack().metrics()) {
            if (facts.metricsWithData().contains(metric.id())) {
                continue;
            }
            List<String> sources = metric.collectedBy().stream().map(Texts::source).toList();
            drafts.add(Draft.of(rule.id(), rule.kind(), context.pack().checkPolicy().severity(rule))
                    .subject(metric.id())
                    .title("No data for " + metric.label())
                    .explanation("No imported file gives a value for \"" + metric.label() + "\" (" + metric.id()
                            + "), so the rules that use it cannot run. It is collected by: " + Texts.list(sources)
                            + ".")
                    .value("Metric", metric.label())
                    .value("Collected by", String.join(", ", sources))
                    .build(context));
        }
        return drafts;
    }

    private Draft start(CheckRule rule, SupplierPeriod data) {
        return Draft.of(rule.id(), rule.kind(), context.pack().checkPolicy().severity(rule)).supplier(data.facts());
    }
}
