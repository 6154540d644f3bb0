package org.ddworkbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ddworkbench.model.CombinationRule;
import org.ddworkbench.model.CrossCheck;
import org.ddworkbench.model.Dimension;
import org.ddworkbench.model.DisclosureDefaults;
import org.ddworkbench.model.FindingScale;
import org.ddworkbench.model.Indicator;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.Operand;
import org.ddworkbench.model.Severity;
import org.ddworkbench.model.Source;
import org.ddworkbench.model.Threshold;
import org.ddworkbench.model.Tolerance;
import org.ddworkbench.pack.LoadedPack;

/** Prints a metric pack as plain text a compliance officer can read in a terminal. */
final class PackSummary {
    private final PrintWriter out;

    PackSummary(PrintWriter out) {
        this.out = out;
    }

    void print(LoadedPack loaded) {
        MetricPack pack = loaded.pack();
        out.printf("%s %s: %s%n", pack.id(), pack.version(), pack.title());
        out.printf("Publisher:    %s%n", pack.publisher());
        out.printf("Format:       %s%n", pack.format());
        out.printf("Fingerprint:  %s%n", loaded.fingerprint());
        out.printf("%s%n", pack.description());

        heading("Dimensions", pack.dimensions().size());
        for (Dimension dimension : pack.dimensions()) {
            out.printf("  %-32s %s%n", dimension.id(), dimension.label());
        }
        heading("Indicators", pack.indicators().size());
        for (Indicator indicator : pack.indicators()) {
            out.printf("  %-32s %s [%s]%n", indicator.id(), indicator.label(), String.join(", ", indicator.dimensions()));
        }
        heading("Metrics", pack.metrics().size());
        pack.metrics().forEach(this::metric);
        heading("Cross-checks", pack.crossChecks().size());
        pack.crossChecks().forEach(this::crossCheck);
        heading("Finding scales", pack.findingScales().size());
        pack.findingScales().forEach(this::findingScale);
        other(pack);
        heading("Sources", pack.sources().size());
        for (Source source : pack.sources()) {
            out.printf("  %-32s %s, %s%s%n", source.id(), source.title(), source.publisher(),
                    source.year() == null ? "" : " " + source.year());
        }
    }

    private void metric(Metric metric) {
        out.printf("  %s: %s%n", metric.id(), metric.label());
        StringBuilder kind = new StringBuilder(lower(metric.type()));
        if (metric.unit() != null && !metric.unit().isBlank()) {
            kind.append(" in ").append(metric.unit());
        }
        if (metric.min() != null || metric.max() != null) {
            kind.append(", ").append(number(metric.min())).append(" to ").append(number(metric.max()));
        }
        if (!metric.allowedValues().isEmpty()) {
            kind.append(", one of ").append(String.join(" | ", metric.allowedValues()));
        }
        out.printf("      %s; %s level; from %s%s%n", kind, lower(metric.level()),
                metric.collectedBy().stream().map(PackSummary::lower).collect(Collectors.joining(", ")),
                metric.indicators().isEmpty() ? "" : "; indicators: " + String.join(", ", metric.indicators()));
        for (Threshold threshold : metric.thresholds()) {
            out.printf("      %s when %s %s%s%s%n", threshold.flag(), threshold.operator().symbol(), threshold.value(),
                    threshold.minShare() == null ? "" : " for at least " + percent(threshold.minShare()) + " of workers",
                    threshold.basis() == null || threshold.basis().isBlank() ? "" : " (" + threshold.basis() + ")");
        }
    }

    private void crossCheck(CrossCheck check) {
        out.printf("  %s: %s%n", check.id(), check.label());
        out.printf("      %s %s, %s %s; %s%s%n", operand(check.selfAssessed()),
                lower(check.expectation()).replace('_', ' '), operand(check.observed()), tolerance(check.tolerance()),
                check.severity(), check.indicators().isEmpty() ? "" : "; indicators: " + String.join(", ", check.indicators()));
    }

    private void findingScale(FindingScale scale) {
        String levels = scale.levels().entrySet().stream()
                .sorted(Map.Entry.<String, Severity>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> entry.getKey() + " -> " + entry.getValue())
                .collect(Collectors.joining(", "));
        out.printf("  %s (%s): %s%n", scale.scheme(), scale.label(), levels);
    }

    private void other(MetricPack pack) {
        out.println();
        CombinationRule rule = pack.combinationRule();
        if (rule != null) {
            out.printf("Combination rule:    an indicator in any of %s together with one in %s -> %s%n",
                    String.join(", ", rule.anyOfDimensions()), rule.withDimension(), rule.severity());
        }
        if (pack.auditPolicy() != null) {
            out.printf("Audit policy:        stale after %d months; at least %s of workers interviewed;"
                    + " unannounced audits %s%n", pack.auditPolicy().maxAgeMonths(),
                    percent(pack.auditPolicy().minInterviewShare()),
                    pack.auditPolicy().unannouncedExpected() ? "expected" : "not required");
        }
        if (pack.riskModel() != null) {
            out.printf("Risk model:          %d severity, %d indicator, %d country and %d sector weights%n",
                    pack.riskModel().severityWeights().size(), pack.riskModel().indicatorWeights().size(),
                    pack.riskModel().countryRisk().size(), pack.riskModel().sectorRisk().size());
        }
        DisclosureDefaults disclosure = pack.disclosure();
        if (disclosure != null) {
            out.printf("Disclosure defaults: minimum cell size %d (never below %d); dominance share %s;"
                    + " privacy budget epsilon %s, %s per report%n", disclosure.minCellSize(),
                    disclosure.minCellSizeFloor(), percent(disclosure.dominanceShare()),
                    number(disclosure.epsilonBudget()), number(disclosure.defaultEpsilon()));
        }
    }

    private void heading(String title, int count) {
        out.printf("%n%s (%d)%n", title, count);
    }

    private static String operand(Operand operand) {
        return lower(operand.source()) + " " + operand.metric() + " (" + lower(operand.aggregate()) + ")";
    }

    private static String tolerance(Tolerance tolerance) {
        if (tolerance == null || (isZero(tolerance.absolute()) && tolerance.relative() == null)) {
            return "exactly";
        }
        List<String> bounds = new ArrayList<>();
        if (tolerance.absolute() != null) {
            bounds.add("+/- " + number(tolerance.absolute()));
        }
        if (tolerance.relative() != null) {
            bounds.add("+/- " + percent(tolerance.relative()));
        }
        return "within " + String.join(" or ", bounds);
    }

    private static boolean isZero(Double value) {
        return value == null || value == 0.0;
    }

    private static String lower(Enum<?> value) {
        return value == null ? "-" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String number(Double value) {
        if (value == null) {
            return "any";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString(value.longValue()) : value.toString();
    }

    private static String percent(double share) {
        return number(Math.round(share * 10_000) / 100.0) + "%";
    }
}
