package org.ddworkbench.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.FindingKind;
import org.ddworkbench.model.Flag;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricLevel;
import org.ddworkbench.model.Threshold;

/** Raises a red or amber flag when a supplier's value, or enough of its workers' answers, cross a pack threshold. */
final class ThresholdRules {
    /** Allowance for rounding when a share of workers is compared with a pack minimum. */
    private static final double ROUNDING = 1e-9;
    private static final List<DataSourceKind> SUPPLIER_SOURCES =
            List.of(DataSourceKind.SAQ, DataSourceKind.AUDIT, DataSourceKind.SUPPLIER_LIST);
    private static final List<DataSourceKind> WORKER_SOURCES =
            List.of(DataSourceKind.WORKER_SURVEY, DataSourceKind.GRIEVANCE);

    private final CheckContext context;
    private final ImportCatalog imports;

    ThresholdRules(CheckContext context, ImportCatalog imports) {
        this.context = context;
        this.imports = imports;
    }

    List<FindingDraft> evaluate(SupplierPeriod data) {
        List<FindingDraft> drafts = new ArrayList<>();
        for (Metric metric : context.pack().metrics()) {
            List<Threshold> fired = new ArrayList<>();
            List<FindingDraft> found = new ArrayList<>();
            for (Threshold threshold : metric.thresholds()) {
                FindingDraft draft = metric.level() == MetricLevel.WORKER ? worker(data, metric, threshold)
                        : supplier(data, metric, threshold);
                if (draft != null) {
                    fired.add(threshold);
                    found.add(draft);
                }
            }
            // A red flag on a metric says more than an amber one on the same values; showing both is noise.
            boolean red = fired.stream().anyMatch(t -> t.flag() == Flag.RED);
            for (int i = 0; i < fired.size(); i++) {
                if (!red || fired.get(i).flag() != Flag.AMBER) {
                    drafts.add(found.get(i));
                }
            }
        }
        return drafts;
    }

    private FindingDraft supplier(SupplierPeriod data, Metric metric, Threshold threshold) {
        // Most thresholds do not fire; words are only written for those that do.
        boolean any = false;
        for (DataSourceKind kind : SUPPLIER_SOURCES) {
            Fact fact = data.latest(kind, metric.id());
            any |= fact != null && crosses(threshold, fact);
        }
        if (!any) {
            return null;
        }
        Draft draft = start(data, metric, threshold);
        Evidence evidence = new Evidence();
        List<String> crossing = new ArrayList<>();
        for (DataSourceKind kind : SUPPLIER_SOURCES) {
            Fact fact = data.latest(kind, metric.id());
            if (fact == null) {
                continue;
            }
            draft.value(sourceLabel(kind, data) + ": " + metric.label(), Texts.value(metric, fact));
            if (crosses(threshold, fact)) {
                evidence.add(fact.cell());
                crossing.add(documentName(kind));
            }
        }
        return finish(draft, metric, threshold, evidence,
                "The value of \"" + metric.label() + "\" in " + Texts.list(crossing) + " is "
                        + Texts.condition(metric, threshold) + ", beyond the pack's " + Texts.lower(threshold.flag())
                        + " threshold.");
    }

    private FindingDraft worker(SupplierPeriod data, Metric metric, Threshold threshold) {
        int[][] counts = new int[WORKER_SOURCES.size()][];
        boolean any = false;
        for (int k = 0; k < WORKER_SOURCES.size(); k++) {
            WorkerValues answers = data.workers(WORKER_SOURCES.get(k), metric.id());
            if (answers != null) {
                counts[k] = count(answers, threshold);
                any |= fires(threshold, counts[k][0], counts[k][1]);
            }
        }
        Fact audit = data.latest(DataSourceKind.AUDIT, metric.id());
        boolean auditCrosses = audit != null && crosses(threshold, audit);
        if (!any && !auditCrosses) {
            return null;
        }
        Draft draft = start(data, metric, threshold);
        Evidence evidence = new Evidence();
        List<String> reasons = new ArrayList<>();
        for (int k = 0; k < WORKER_SOURCES.size(); k++) {
            if (counts[k] == null) {
                continue;
            }
            DataSourceKind kind = WORKER_SOURCES.get(k);
            int answered = counts[k][0];
            int beyond = counts[k][1];
            String who = kind == DataSourceKind.GRIEVANCE ? "Grievances" : "Workers";
            draft.value(who + " beyond the threshold", Texts.partOf(beyond, answered));
            if (fires(threshold, answered, beyond)) {
                cite(evidence, data.workers(kind, metric.id()), metric, threshold);
                reasons.add(beyond + " of " + answered + " " + (kind == DataSourceKind.GRIEVANCE
                        ? "grievance records" : "surveyed workers") + " (" + Texts.percent((double) beyond / answered)
                        + ") gave an answer " + Texts.condition(metric, threshold));
            }
        }
        if (audit != null) {
            draft.value(sourceLabel(DataSourceKind.AUDIT, data) + ": " + metric.label(), Texts.value(metric, audit));
            if (auditCrosses) {
                evidence.add(audit.cell());
                reasons.add("the current audit records " + Texts.value(metric, audit));
            }
        }
        String rule = threshold.minShare() == null ? "any single answer beyond it raises the flag"
                : "the flag is raised when at least " + Texts.percent(threshold.minShare()) + " of answers are beyond it";
        String joined = Texts.list(reasons);
        return finish(draft, metric, threshold, evidence,
                "For \"" + metric.label() + "\", " + joined + "; the pack's " + Texts.lower(threshold.flag())
                        + " threshold is " + Texts.condition(metric, threshold) + " and " + rule + ".");
    }

    /** How many answers there are and how many of them are beyond the threshold. */
    private static int[] count(WorkerValues answers, Threshold threshold) {
        int answered = 0;
        int beyond = 0;
        for (int i = 0; i < answers.size(); i++) {
            if (!Double.isNaN(answers.number(i)) || answers.text(i) != null) {
                answered++;
                if (threshold.crossedBy(answers.number(i), answers.text(i))) {
                    beyond++;
                }
            }
        }
        return new int[] {answered, beyond};
    }

    private static boolean fires(Threshold threshold, int answered, int beyond) {
        return threshold.minShare() == null ? beyond > 0
                : answered > 0 && beyond >= threshold.minShare() * answered - ROUNDING;
    }

    private static boolean crosses(Threshold threshold, Fact fact) {
        return threshold.crossedBy(fact.number() == null ? Double.NaN : fact.number(), fact.text());
    }

    private void cite(Evidence evidence, WorkerValues answers, Metric metric, Threshold threshold) {
        for (int i = 0; i < answers.size(); i++) {
            if (threshold.crossedBy(answers.number(i), answers.text(i))) {
                if (evidence.full()) {
                    evidence.count();
                } else {
                    evidence.add(answers.cell(i, imports, Texts.value(metric, answers.number(i), answers.text(i))));
                }
            }
        }
    }

    private Draft start(SupplierPeriod data, Metric metric, Threshold threshold) {
        return Draft.of("threshold:" + metric.id() + ":" + threshold.id(), FindingKind.THRESHOLD,
                        context.pack().checkPolicy().severity(threshold.flag()))
                .supplier(data.facts())
                .subject(metric.id() + ":" + threshold.id())
                .indicators(metric.indicators())
                .title(capitalised(Texts.lower(threshold.flag())) + " flag: " + metric.label() + " "
                        + Texts.condition(metric, threshold));
    }

    private FindingDraft finish(Draft draft, Metric metric, Threshold threshold, Evidence evidence, String what) {
        String basis = threshold.basis();
        return draft.value("Threshold", Texts.threshold(metric, threshold))
                .value("Basis", basis)
                .explanation(what + " Basis: " + basis)
                .evidence(evidence)
                .build(context);
    }

    private static String sourceLabel(DataSourceKind kind, SupplierPeriod data) {
        if (kind == DataSourceKind.AUDIT && data.currentAudit() != null) {
            AuditFacts audit = data.currentAudit();
            String when = audit.date() == null ? "" : audit.date().toString();
            String where = audit.site() == null ? "" : audit.site();
            String detail = String.join(", ", Stream.of(where, when).filter(s -> !s.isEmpty())
                    .toList());
            return detail.isEmpty() ? "Audit" : "Audit (" + detail + ")";
        }
        return kind == DataSourceKind.SAQ ? "Latest SAQ" : Texts.source(kind);
    }

    private static String documentName(DataSourceKind kind) {
        return switch (kind) {
            case SAQ -> "the latest SAQ";
            case AUDIT -> "the current audit";
            default -> "the supplier list";
        };
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
