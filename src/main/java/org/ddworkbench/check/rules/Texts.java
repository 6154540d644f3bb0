package org.ddworkbench.check.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.ddworkbench.model.Aggregate;
import org.ddworkbench.model.Comparison;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricLevel;
import org.ddworkbench.model.MetricType;
import org.ddworkbench.model.Threshold;

/** Renders values, shares, thresholds and source names as the plain-English text findings show. */
final class Texts {

    private Texts() {
    }

    /** A number with at most four decimals and no trailing zeros, independent of the user's locale. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** A share from 0 to 1 as a percentage with at most one decimal, e.g. {@code 62.5%}. */
    static String percent(double share) {
        BigDecimal rounded = BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return (rounded.signum() == 0 ? "0" : rounded.toPlainString()) + "%";
    }

    /** A part of a whole with its share, e.g. {@code 30 of 48 (62.5%)}. */
    static String partOf(int part, int whole) {
        return part + " of " + whole + " (" + percent(whole == 0 ? 0 : (double) part / whole) + ")";
    }

    /** A stored value as the metric reads: yes/no for booleans, a percent sign for percentages. */
    static String value(Metric metric, double number, String text) {
        if (text != null) {
            return text;
        }
        if (Double.isNaN(number)) {
            return "(blank)";
        }
        if (metric != null && metric.type() == MetricType.BOOLEAN) {
            return number == 1 ? "yes" : number == 0 ? "no" : number(number);
        }
        if (metric != null && metric.type() == MetricType.PERCENT) {
            return number(number) + "%";
        }
        return number(number);
    }

    /** A fact's value as text. */
    static String value(Metric metric, Fact fact) {
        return value(metric, fact.number() == null ? Double.NaN : fact.number(), fact.text());
    }

    /** A threshold's own value: yes/no, a number or a choice. */
    static String thresholdValue(Metric metric, Object value) {
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof Number n) {
            return metric != null && metric.type() == MetricType.PERCENT ? number(n.doubleValue()) + "%"
                    : number(n.doubleValue());
        }
        return String.valueOf(value);
    }

    /** The condition alone, e.g. {@code > 60} or {@code = yes}. */
    static String condition(Metric metric, Threshold threshold) {
        String value = thresholdValue(metric, threshold.value());
        return switch (threshold.operator()) {
            case EQ -> "= " + value;
            case NE -> "other than " + value;
            default -> symbol(threshold.operator()) + " " + value;
        };
    }

    /** The condition with the share of workers it needs, e.g. {@code > 0, for at least 5% of workers}. */
    static String threshold(Metric metric, Threshold threshold) {
        String condition = condition(metric, threshold);
        if (metric.level() != MetricLevel.WORKER) {
            return condition;
        }
        return threshold.minShare() == null ? condition + ", for any single worker"
                : condition + ", for at least " + percent(threshold.minShare()) + " of workers";
    }

    private static String symbol(Comparison comparison) {
        return switch (comparison) {
            case GT -> ">";
            case GE -> "at least";
            case LT -> "<";
            case LE -> "at most";
            case EQ -> "=";
            case NE -> "other than";
        };
    }

    /** The name of a kind of document, e.g. "Worker survey". */
    static String source(DataSourceKind kind) {
        return switch (kind) {
            case SUPPLIER_LIST -> "Supplier list";
            case SAQ -> "SAQ";
            case AUDIT -> "Audit";
            case WORKER_SURVEY -> "Worker survey";
            case GRIEVANCE -> "Grievance log";
        };
    }

    /** How an operand is reduced, in words, or empty for a plain value from a single document. */
    static String aggregate(Aggregate aggregate, boolean manyAnswers) {
        return switch (aggregate) {
            case VALUE -> manyAnswers ? "mean" : "";
            case MEAN -> "mean";
            case MEDIAN -> "median";
            case MIN -> "lowest";
            case MAX -> "highest";
            case SUM -> "total";
            case COUNT -> "number of answers";
            case SHARE_TRUE -> "share answering yes";
        };
    }

    /** Items joined as English prose: "a", "a and b", "a, b and c". */
    static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** A severity or flag name in lower case for use inside a sentence. */
    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
