package org.ddworkbench.pack;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ddworkbench.model.Aggregate;
import org.ddworkbench.model.CombinationRule;
import org.ddworkbench.model.CrossCheck;
import org.ddworkbench.model.DisclosureDefaults;
import org.ddworkbench.model.FindingScale;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.MetricType;
import org.ddworkbench.model.Operand;
import org.ddworkbench.model.Source;
import org.ddworkbench.model.Tolerance;

/**
 * The semantic pass over a bound pack: ids, uniqueness, references between parts, value ranges and the
 * disclosure and audit rules; the first problem found is thrown with its JSON path.
 */
final class PackValidator {
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");

    private final Checks checks;

    PackValidator(String sourceName) {
        this.checks = new Checks(sourceName);
    }

    void validate(MetricPack pack) throws PackException {
        checks.require(MetricPack.FORMAT.equals(pack.format()), "$.format",
                "unsupported format \"" + pack.format() + "\"; this version reads " + MetricPack.FORMAT);
        checks.id(pack.id(), Checks.ID, "$.id");
        checks.require(VERSION.matcher(pack.version()).matches(), "$.version",
                "\"" + pack.version() + "\" is not a version of the form 1.0.0");
        validateSources(pack.sources());
        checks.unique(pack.dimensions(), d -> d.id(), "$.dimensions", ".id", "dimension id");
        for (int i = 0; i < pack.dimensions().size(); i++) {
            checks.id(pack.dimensions().get(i).id(), Checks.ID, "$.dimensions[" + i + "].id");
        }
        Set<String> dimensionIds = ids(pack.dimensions(), d -> d.id());
        checks.unique(pack.indicators(), i -> i.id(), "$.indicators", ".id", "indicator id");
        for (int i = 0; i < pack.indicators().size(); i++) {
            String path = "$.indicators[" + i + "]";
            checks.id(pack.indicators().get(i).id(), Checks.ID, path + ".id");
            List<String> dims = pack.indicators().get(i).dimensions();
            checks.require(!dims.isEmpty(), path + ".dimensions", "an indicator must belong to at least one dimension");
            checks.references(dims, dimensionIds, path + ".dimensions", "dimension");
        }
        Set<String> indicatorIds = ids(pack.indicators(), i -> i.id());
        MetricValidator metrics = new MetricValidator(checks, indicatorIds, ids(pack.sources(), Source::id));
        checks.unique(pack.metrics(), Metric::id, "$.metrics", ".id", "metric id");
        for (int i = 0; i < pack.metrics().size(); i++) {
            metrics.validate(pack.metrics().get(i), "$.metrics[" + i + "]");
        }
        validateFindingScales(pack.findingScales());
        validateCrossChecks(pack, indicatorIds);
        validateCombinationRule(pack.combinationRule(), dimensionIds);
        new RiskAndPolicyValidator(checks).validate(pack, indicatorIds, ids(pack.sources(), Source::id));
        validateDisclosure(pack.disclosure());
    }

    private void validateSources(List<Source> sources) throws PackException {
        checks.unique(sources, Source::id, "$.sources", ".id", "source id");
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            String path = "$.sources[" + i + "]";
            checks.id(source.id(), Checks.ID, path + ".id");
            if (source.year() != null) {
                checks.require(source.year() >= 1800 && source.year() <= 2100, path + ".year",
                        "the year " + source.year() + " is not plausible");
            }
            if (source.url() != null) {
                checks.require(isWebAddress(source.url()), path + ".url", "\"" + source.url() + "\" is not an http or https address");
            }
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void validateFindingScales(List<FindingScale> scales) throws PackException {
        checks.unique(scales, FindingScale::scheme, "$.findingScales", ".scheme", "finding-scale scheme");
        for (int i = 0; i < scales.size(); i++) {
            String path = "$.findingScales[" + i + "]";
            checks.id(scales.get(i).scheme(), Checks.ID, path + ".scheme");
            Map<String, ?> levels = scales.get(i).levels();
            checks.require(!levels.isEmpty(), path + ".levels", "a finding scale must map at least one level");
            Set<String> folded = new HashSet<>();
            for (String level : levels.keySet().stream().sorted().toList()) {
                checks.require(folded.add(level.toLowerCase(Locale.ROOT)), JsonPaths.member(path + ".levels", level),
                        "the level \"" + level + "\" appears twice with different capitals");
            }
        }
    }

    private void validateCrossChecks(MetricPack pack, Set<String> indicatorIds) throws PackException {
        checks.unique(pack.crossChecks(), CrossCheck::id, "$.crossChecks", ".id", "cross-check id");
        for (int i = 0; i < pack.crossChecks().size(); i++) {
            CrossCheck check = pack.crossChecks().get(i);
            String path = "$.crossChecks[" + i + "]";
            checks.id(check.id(), Checks.ID, path + ".id");
            validateOperand(pack, check.selfAssessed(), path + ".selfAssessed");
            validateOperand(pack, check.observed(), path + ".observed");
            validateTolerance(check.tolerance(), path + ".tolerance");
            checks.references(check.indicators(), indicatorIds, path + ".indicators", "indicator");
        }
    }

    private void validateOperand(MetricPack pack, Operand operand, String path) throws PackException {
        Metric metric = pack.metric(operand.metric())
                .orElseThrow(() -> checks.problem(path + ".metric", "unknown metric \"" + operand.metric() + "\""));
        checks.require(metric.collectedBy().contains(operand.source()), path + ".source",
                "metric \"" + metric.id() + "\" is not collected by " + LowerCaseEnumDeserializer.jsonName(operand.source())
                        + " (it is collected by " + metric.collectedBy().stream()
                        .map(LowerCaseEnumDeserializer::jsonName).collect(Collectors.joining(", ")) + ")");
        Aggregate aggregate = operand.aggregate();
        MetricType type = metric.type();
        boolean fits = switch (aggregate) {
            case COUNT -> true;
            case SHARE_TRUE -> type == MetricType.BOOLEAN;
            case VALUE -> MetricValidator.isNumeric(type) || type == MetricType.BOOLEAN;
            case MEAN, MEDIAN, MIN, MAX, SUM -> MetricValidator.isNumeric(type);
        };
        checks.require(fits, path + ".aggregate", "the aggregate " + LowerCaseEnumDeserializer.jsonName(aggregate)
                + " does not apply to the " + LowerCaseEnumDeserializer.jsonName(type) + " metric \"" + metric.id() + "\"");
    }

    private void validateTolerance(Tolerance tolerance, String path) throws PackException {
        checks.require(tolerance.absolute() != null || tolerance.relative() != null, path,
                "a tolerance needs an absolute or a relative bound (or both)");
        if (tolerance.absolute() != null) {
            checks.nonNegative(tolerance.absolute(), path + ".absolute");
        }
        if (tolerance.relative() != null) {
            checks.nonNegative(tolerance.relative(), path + ".relative");
        }
    }

    private void validateCombinationRule(CombinationRule rule, Set<String> dimensionIds) throws PackException {
        String path = "$.combinationRule";
        checks.require(!rule.anyOfDimensions().isEmpty(), path + ".anyOfDimensions", "must name at least one dimension");
        checks.references(rule.anyOfDimensions(), dimensionIds, path + ".anyOfDimensions", "dimension");
        checks.reference(rule.withDimension(), dimensionIds, path + ".withDimension", "dimension");
        checks.require(!rule.anyOfDimensions().contains(rule.withDimension()), path + ".withDimension",
                "\"" + rule.withDimension() + "\" is also listed in anyOfDimensions");
    }

    private void validateDisclosure(DisclosureDefaults d) throws PackException {
        String path = "$.disclosure";
        checks.require(d.minCellSizeFloor() >= 2, path + ".minCellSizeFloor", "must be at least 2, not " + d.minCellSizeFloor());
        checks.require(d.minCellSize() >= d.minCellSizeFloor(), path + ".minCellSize",
                "must be at least minCellSizeFloor (" + d.minCellSizeFloor() + "), not " + d.minCellSize());
        checks.aboveAtMost(d.dominanceShare(), 0, 1, path + ".dominanceShare");
        checks.positive(d.epsilonBudget(), path + ".epsilonBudget");
        checks.aboveAtMost(d.defaultEpsilon(), 0, d.epsilonBudget(), path + ".defaultEpsilon");
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.toUnmodifiableSet());
    }
}
