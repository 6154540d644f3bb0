package org.ddworkbench.ui.pack;

import static org.ddworkbench.ui.I18n.tr;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ddworkbench.model.Comparison;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.Flag;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricType;
import org.ddworkbench.model.Operand;
import org.ddworkbench.model.Threshold;
import org.ddworkbench.model.Tolerance;

/** Short readable renderings of pack definitions for the Metric pack screen, such as "> 60 red". */
public final class PackText {
    private PackText() {
    }

    /** A number without a needless ".0": 60.0 becomes "60", 0.25 stays "0.25". */
    public static String number(double value) {
        DecimalFormat format = new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    /** The valid values of a metric: "0 – 168", "≥ 0", "yes / no", or its choices. */
    public static String range(Metric metric) {
        if (metric.type() == MetricType.CHOICE) {
            return String.join(", ", metric.allowedValues());
        }
        if (metric.type() == MetricType.BOOLEAN) {
            return tr("yes / no");
        }
        if (metric.min() != null && metric.max() != null) {
            return number(metric.min()) + " – " + number(metric.max());
        }
        if (metric.min() != null) {
            return "≥ " + number(metric.min());
        }
        if (metric.max() != null) {
            return "≤ " + number(metric.max());
        }
        return "";
    }

    /** One threshold in a few characters: "> 60 red", "= yes amber", "> 0 red (≥ 10% of workers)". */
    public static String threshold(Threshold threshold) {
        String text = operator(threshold.operator()) + " " + value(threshold.value()) + " " + flag(threshold.flag());
        if (threshold.minShare() != null) {
            text += " " + tr("(≥ {0}% of workers)", number(threshold.minShare() * 100));
        }
        return text;
    }

    /** All thresholds of a metric, separated by semicolons. */
    public static String thresholds(List<Threshold> thresholds) {
        return thresholds.stream().map(PackText::threshold).collect(Collectors.joining("; "));
    }

    public static String operator(Comparison comparison) {
        return switch (comparison) {
            case GT -> ">";
            case GE -> "≥";
            case LT -> "<";
            case LE -> "≤";
            case EQ -> "=";
            case NE -> "≠";
        };
    }

    /** A threshold value: numbers without trailing zeros, booleans as yes/no, choices as they are. */
    public static String value(Object value) {
        if (value instanceof Number number) {
            return number(number.doubleValue());
        }
        if (value instanceof Boolean yes) {
            return yes ? tr("yes") : tr("no");
        }
        return String.valueOf(value);
    }

    public static String flag(Flag flag) {
        return flag == Flag.RED ? tr("red") : tr("amber");
    }

    public static String source(DataSourceKind kind) {
        return switch (kind) {
            case SUPPLIER_LIST -> tr("Supplier list");
            case SAQ -> tr("SAQ");
            case AUDIT -> tr("Audit");
            case WORKER_SURVEY -> tr("Worker survey");
            case GRIEVANCE -> tr("Grievance log");
        };
    }

    public static String sources(List<DataSourceKind> kinds) {
        return kinds.stream().map(PackText::source).collect(Collectors.joining(", "));
    }

    /** One side of a cross-check: "mean of weekly_hours (Worker survey)". */
    public static String operand(Operand operand) {
        return tr("{0} of {1} ({2})", operand.aggregate().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                operand.metric(), source(operand.source()));
    }

    /** How far a cross-check lets the two values differ: "± 2", "± 10 %", "± 2 or ± 10 %", or "exact". */
    public static String tolerance(Tolerance tolerance) {
        if (tolerance == null) {
            return tr("exact");
        }
        List<String> parts = new ArrayList<>();
        if (tolerance.absolute() != null && tolerance.absolute() != 0) {
            parts.add("± " + number(tolerance.absolute()));
        }
        if (tolerance.relative() != null && tolerance.relative() != 0) {
            parts.add("± " + number(tolerance.relative() * 100) + " %");
        }
        return parts.isEmpty() ? tr("exact") : String.join(" " + tr("or") + " ", parts);
    }

    /** An enum constant as a readable word: {@code WORKER_SURVEY} becomes "worker survey". */
    public static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
