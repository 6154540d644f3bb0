package org.ddworkbench.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.ddworkbench.check.rules.Aggregates.Reduced;
import org.ddworkbench.model.Aggregate;
import org.ddworkbench.model.CrossCheck;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.Expectation;
import org.ddworkbench.model.FindingKind;
import org.ddworkbench.model.Tolerance;

/** Compares what a supplier said about itself with what an audit or its workers showed, per the pack's cross-checks. */
final class CrossCheckRules {
    /** Allowance for rounding, so that a difference exactly at the tolerance passes. */
    private static final double ROUNDING = 1e-9;

    private final CheckContext context;
    private final Aggregates aggregates;

    CrossCheckRules(CheckContext context, Aggregates aggregates) {
        this.context = context;
        this.aggregates = aggregates;
    }

    List<FindingDraft> evaluate(SupplierPeriod data) {
        List<FindingDraft> drafts = new ArrayList<>();
        for (CrossCheck check : context.pack().crossChecks()) {
            Optional<Reduced> self = aggregates.reduce(check.selfAssessed(), data);
            Optional<Reduced> observed = aggregates.reduce(check.observed(), data);
            // A missing side is a gap in the data, which the coverage rules report; it contradicts nothing.
            if (self.isEmpty() || observed.isEmpty()
                    || passes(check.expectation(), check.tolerance(), self.get().value(), observed.get().value())) {
                continue;
            }
            drafts.add(finding(check, data, self.get(), observed.get()));
        }
        return drafts;
    }

    private FindingDraft finding(CrossCheck check, SupplierPeriod data, Reduced self, Reduced observed) {
        Evidence evidence = new Evidence();
        self.cite(evidence, i -> true);
        observed.cite(evidence, contradicting(check, self, observed));
        boolean audited = check.selfAssessed().source() == DataSourceKind.AUDIT
                || check.observed().source() == DataSourceKind.AUDIT;
        String site = audited && data.currentAudit() != null ? data.currentAudit().site() : null;
        boolean shares = check.selfAssessed().aggregate() == Aggregate.SHARE_TRUE
                || check.observed().aggregate() == Aggregate.SHARE_TRUE;
        String tolerance = tolerance(check.tolerance(), shares);
        String description = check.description() == null ? "" : check.description() + " ";
        return Draft.of("crosscheck:" + check.id(), FindingKind.TRIANGULATION, check.severity())
                .supplier(data.facts())
                .site(site)
                .indicators(check.indicators())
                .title(check.label())
                .explanation(description + "Here the self-assessed figure (" + self.display() + ") "
                        + gap(check.expectation()) + " the observed figure (" + observed.display()
                        + ") by more than the tolerance (" + tolerance + ").")
                .value(self.label(), self.display())
                .value(observed.label(), observed.display())
                .value("Expected", expected(check.expectation()))
                .value("Tolerance", tolerance)
                .evidence(evidence)
                .build(context);
    }

    /**
     * The observed entries that contradict a yes/no self-assessment (answers of 1 where the supplier said 0 and
     * the reverse); every backing entry otherwise.
     */
    private static IntPredicate contradicting(CrossCheck check, Reduced self, Reduced observed) {
        double claimed = self.value();
        if (check.observed().aggregate() == Aggregate.SHARE_TRUE && (claimed == 0 || claimed == 1)) {
            return i -> observed.entries().number(i) != claimed;
        }
        return i -> true;
    }

    /** Whether the comparison holds within either bound of the tolerance that is present. */
    static boolean passes(Expectation expectation, Tolerance tolerance, double self, double observed) {
        List<Double> bounds = new ArrayList<>();
        if (tolerance != null && tolerance.absolute() != null) {
            bounds.add(tolerance.absolute());
        }
        if (tolerance != null && tolerance.relative() != null) {
            bounds.add(tolerance.relative() * Math.abs(observed));
        }
        if (bounds.isEmpty()) {
            bounds.add(0.0);
        }
        for (double bound : bounds) {
            double allowed = bound + ROUNDING;
            boolean holds = switch (expectation) {
                case EQUAL -> Math.abs(self - observed) <= allowed;
                case AT_LEAST -> self >= observed - allowed;
                case AT_MOST -> self <= observed + allowed;
            };
            if (holds) {
                return true;
            }
        }
        return false;
    }

    private static String gap(Expectation expectation) {
        return switch (expectation) {
            case EQUAL -> "differs from";
            case AT_LEAST -> "is below";
            case AT_MOST -> "is above";
        };
    }

    private static String expected(Expectation expectation) {
        return switch (expectation) {
            case EQUAL -> "Self-assessed equal to observed, within the tolerance";
            case AT_LEAST -> "Self-assessed at least the observed figure, less the tolerance";
            case AT_MOST -> "Self-assessed at most the observed figure, plus the tolerance";
        };
    }

    /** e.g. "± 4", "within 10% of the observed figure", "± 10 percentage points". */
    static String tolerance(Tolerance tolerance, boolean shares) {
        List<String> parts = new ArrayList<>();
        if (tolerance != null && tolerance.absolute() != null) {
            parts.add(shares ? "± " + Texts.number(tolerance.absolute() * 100) + " percentage points"
                    : "± " + Texts.number(tolerance.absolute()));
        }
        if (tolerance != null && tolerance.relative() != null) {
            parts.add("within " + Texts.percent(tolerance.relative()) + " of the observed figure");
        }
        return parts.isEmpty() ? "none" : String.join(" or ", parts);
    }
}
