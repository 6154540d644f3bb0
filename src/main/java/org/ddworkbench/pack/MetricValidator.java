package org.ddworkbench.pack;

import java.util.EnumSet;
import java.util.Set;
import org.ddworkbench.model.Comparison;
import org.ddworkbench.model.MetricLevel;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricType;
import org.ddworkbench.model.Threshold;

/** Checks one metric and its thresholds: range, choices, sources, indicator references and value types. */
final class MetricValidator {
    static final Set<MetricType> NUMERIC = EnumSet.of(MetricType.NUMBER, MetricType.INTEGER, MetricType.PERCENT);

    private final Checks checks;
    private final Set<String> indicatorIds;
    private final Set<String> sourceIds;

    MetricValidator(Checks checks, Set<String> indicatorIds, Set<String> sourceIds) {
        this.checks = checks;
        this.indicatorIds = indicatorIds;
        this.sourceIds = sourceIds;
    }

    void validate(Metric metric, String path) throws PackException {
        checks.id(metric.id(), Checks.METRIC_ID, JsonPaths.member(path, "id"));
        validateRange(metric, path);
        validateChoices(metric, path);
        String collectedBy = JsonPaths.member(path, "collectedBy");
        checks.require(!metric.collectedBy().isEmpty(), collectedBy, "must name at least one kind of document");
        checks.unique(metric.collectedBy(), LowerCaseEnumDeserializer::jsonName, collectedBy, "", "document kind");
        checks.references(metric.indicators(), indicatorIds, JsonPaths.member(path, "indicators"), "indicator");
        checks.unique(metric.synonyms(), s -> s, JsonPaths.member(path, "synonyms"), "", "synonym");
        String thresholds = JsonPaths.member(path, "thresholds");
        checks.unique(metric.thresholds(), Threshold::id, thresholds, ".id", "threshold id");
        for (int i = 0; i < metric.thresholds().size(); i++) {
            validateThreshold(metric, metric.thresholds().get(i), JsonPaths.element(thresholds, i));
        }
    }

    private void validateRange(Metric metric, String path) throws PackException {
        String minPath = JsonPaths.member(path, "min");
        String maxPath = JsonPaths.member(path, "max");
        if (!NUMERIC.contains(metric.type())) {
            checks.require(metric.min() == null, minPath, "only number, integer and percent metrics have a minimum");
            checks.require(metric.max() == null, maxPath, "only number, integer and percent metrics have a maximum");
            return;
        }
        if (metric.min() != null) {
            checkBound(metric, metric.min(), minPath);
        }
        if (metric.max() != null) {
            checkBound(metric, metric.max(), maxPath);
        }
        if (metric.min() != null && metric.max() != null) {
            checks.require(metric.min() <= metric.max(), minPath,
                    "the minimum " + Checks.plain(metric.min()) + " is above the maximum " + Checks.plain(metric.max()));
        }
    }

    private void checkBound(Metric metric, double bound, String path) throws PackException {
        checks.finite(bound, path);
        if (metric.type() == MetricType.PERCENT) {
            checks.between(bound, 0, 100, path);
        }
        if (metric.type() == MetricType.INTEGER) {
            checks.require(bound == Math.rint(bound), path, "an integer metric needs whole-number bounds");
        }
    }

    private void validateChoices(Metric metric, String path) throws PackException {
        String allowed = JsonPaths.member(path, "allowedValues");
        if (metric.type() == MetricType.CHOICE) {
            checks.require(!metric.allowedValues().isEmpty(), allowed, "a choice metric must list its allowed values");
            checks.unique(metric.allowedValues(), v -> v, allowed, "", "allowed value");
        } else {
            checks.require(metric.allowedValues().isEmpty(), allowed, "only choice metrics have allowed values");
        }
    }

    private void validateThreshold(Metric metric, Threshold threshold, String path) throws PackException {
        checks.id(threshold.id(), Checks.ID, JsonPaths.member(path, "id"));
        MetricType type = metric.type();
        checks.require(type != MetricType.DATE && type != MetricType.TEXT, path,
                "a " + LowerCaseEnumDeserializer.jsonName(type) + " metric cannot have thresholds");
        if (type == MetricType.BOOLEAN || type == MetricType.CHOICE) {
            checks.require(threshold.operator() == Comparison.EQ || threshold.operator() == Comparison.NE,
                    JsonPaths.member(path, "operator"), "a " + LowerCaseEnumDeserializer.jsonName(type)
                            + " metric can only use eq or ne, not " + LowerCaseEnumDeserializer.jsonName(threshold.operator()));
        }
        validateValue(metric, threshold.value(), JsonPaths.member(path, "value"));
        if (threshold.minShare() != null) {
            String minShare = JsonPaths.member(path, "minShare");
            checks.require(metric.level() == MetricLevel.WORKER, minShare, "only worker-level metrics have a minShare");
            checks.aboveAtMost(threshold.minShare(), 0, 1, minShare);
        }
        if (threshold.source() != null) {
            checks.reference(threshold.source(), sourceIds, JsonPaths.member(path, "source"), "source");
        }
    }

    private void validateValue(Metric metric, Object value, String path) throws PackException {
        switch (metric.type()) {
            case BOOLEAN -> checks.require(value instanceof Boolean, path,
                    "the value must be true or false for a boolean metric");
            case CHOICE -> {
                checks.require(value instanceof String, path, "the value must be one of the metric's allowed values in quotes");
                checks.require(metric.allowedValues().contains(value), path, "\"" + value
                        + "\" is not one of the allowed values: " + String.join(", ", metric.allowedValues()));
            }
            default -> {
                checks.require(value instanceof Number, path, "the value must be a number for a "
                        + LowerCaseEnumDeserializer.jsonName(metric.type()) + " metric");
                double number = ((Number) value).doubleValue();
                checks.finite(number, path);
                double low = lowerBound(metric);
                double high = upperBound(metric);
                checks.between(number, low, high, path);
            }
        }
    }

    static double lowerBound(Metric metric) {
        if (metric.min() != null) {
            return metric.min();
        }
        return metric.type() == MetricType.PERCENT ? 0 : -Double.MAX_VALUE;
    }

    static double upperBound(Metric metric) {
        if (metric.max() != null) {
            return metric.max();
        }
        return metric.type() == MetricType.PERCENT ? 100 : Double.MAX_VALUE;
    }

    static boolean isNumeric(MetricType type) {
        return NUMERIC.contains(type);
    }
}
