package org.ddworkbench.check.rules;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.ddworkbench.model.Aggregate;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.EvidenceCell;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricType;
import org.ddworkbench.model.Operand;

/** Reduces one cross-check operand over a supplier's data to one figure, keeping the cells behind it. */
final class Aggregates {
    private final ImportCatalog imports;
    private final Map<String, Metric> metrics = new HashMap<>();

    Aggregates(CheckContext context, ImportCatalog imports) {
        this.imports = imports;
        context.pack().metrics().forEach(metric -> metrics.put(metric.id(), metric));
    }

    /** The answers or values one operand reads: numbers (NaN for text) and each one's cell on demand. */
    interface Entries {
        int size();

        double number(int i);

        boolean answered(int i);

        EvidenceCell cell(int i);

        /** Whether these are many workers' answers rather than values from one document. */
        boolean many();
    }

    /**
     * An operand's figure.
     *
     * @param answered how many values it was computed from
     * @param backing which entries the figure rests on
     */
    record Reduced(double value, Supplier<String> displayed, Supplier<String> labelled, int answered,
            Entries entries, IntPredicate backing) {

        /** The figure as a finding shows it; written only for findings, since most figures raise none. */
        String display() {
            return displayed.get();
        }

        /** What the figure is, e.g. "Worker survey: Worker paid a recruitment fee (share answering yes)". */
        String label() {
            return labelled.get();
        }

        /** Adds the cells of the entries that back the figure and pass {@code which}. */
        void cite(Evidence evidence, IntPredicate which) {
            for (int i = 0; i < entries.size(); i++) {
                if (backing.test(i) && which.test(i)) {
                    if (evidence.full()) {
                        evidence.count();
                    } else {
                        evidence.add(entries.cell(i));
                    }
                }
            }
        }
    }

    /** The operand's figure, or empty when its source has no usable value for the supplier. */
    Optional<Reduced> reduce(Operand operand, SupplierPeriod data) {
        Metric metric = metrics.get(operand.metric());
        Entries entries = entries(operand, data, metric);
        if (entries == null || entries.size() == 0) {
            return Optional.empty();
        }
        Supplier<String> label = () -> label(operand, metric, entries.many());
        int[] numeric = IntStream.range(0, entries.size())
                .filter(i -> !Double.isNaN(entries.number(i))).toArray();
        IntPredicate isNumeric = i -> !Double.isNaN(entries.number(i));
        Aggregate aggregate = operand.aggregate();
        if (aggregate == Aggregate.COUNT) {
            int count = (int) IntStream.range(0, entries.size()).filter(entries::answered).count();
            return count == 0 ? Optional.empty()
                    : Optional.of(new Reduced(count, () -> String.valueOf(count), label, count, entries,
                            entries::answered));
        }
        if (numeric.length == 0) {
            return Optional.empty();
        }
        double[] values = Arrays.stream(numeric).mapToDouble(entries::number).toArray();
        return Optional.of(switch (aggregate) {
            case SHARE_TRUE -> {
                int yes = (int) Arrays.stream(values).filter(v -> v == 1).count();
                double share = (double) yes / values.length;
                int of = values.length;
                yield new Reduced(share, () -> Texts.percent(share) + " (" + yes + " of " + of + ")", label,
                        values.length, entries, isNumeric);
            }
            case VALUE -> entries.many() ? mean(values, metric, label, entries, isNumeric)
                    : single(numeric, metric, label, entries);
            case MEAN -> mean(values, metric, label, entries, isNumeric);
            case MEDIAN -> numberOf(median(values), metric, label, entries, isNumeric, values.length);
            case MIN -> extreme(Arrays.stream(values).min().orElseThrow(), metric, label, entries, values.length);
            case MAX -> extreme(Arrays.stream(values).max().orElseThrow(), metric, label, entries, values.length);
            case SUM -> numberOf(Arrays.stream(values).sum(), metric, label, entries, isNumeric, values.length);
            case COUNT -> throw new IllegalStateException("count is reduced above");
        });
    }

    private Entries entries(Operand operand, SupplierPeriod data, Metric metric) {
        DataSourceKind kind = operand.source();
        if (kind == DataSourceKind.WORKER_SURVEY || kind == DataSourceKind.GRIEVANCE) {
            WorkerValues answers = data.workers(kind, operand.metric());
            return answers == null ? null : workerEntries(answers, metric);
        }
        return factEntries(data.facts(kind, operand.metric()));
    }

    private Entries workerEntries(WorkerValues answers, Metric metric) {
        return new Entries() {
            public int size() {
                return answers.size();
            }

            public double number(int i) {
                return answers.number(i);
            }

            public boolean answered(int i) {
                return !Double.isNaN(answers.number(i)) || answers.text(i) != null;
            }

            public EvidenceCell cell(int i) {
                return answers.cell(i, imports, Texts.value(metric, answers.number(i), answers.text(i)));
            }

            public boolean many() {
                return true;
            }
        };
    }

    private static Entries factEntries(List<Fact> facts) {
        return new FactEntries(facts);
    }

    /** The latest numeric value among a document's facts (by date, import, row). */
    private static Reduced single(int[] numeric, Metric metric, Supplier<String> label, Entries entries) {
        FactEntries facts = (FactEntries) entries;
        int latest = numeric[0];
        for (int i : numeric) {
            if (SupplierPeriod.LATEST_LAST.compare(facts.fact(i), facts.fact(latest)) > 0) {
                latest = i;
            }
        }
        int chosen = latest;
        double value = entries.number(chosen);
        return new Reduced(value, () -> Texts.value(metric, value, null), label, 1, entries, i -> i == chosen);
    }

    /** Values of one metric from supplier-level documents. */
    private record FactEntries(List<Fact> facts) implements Entries {
        public int size() {
            return facts.size();
        }

        public double number(int i) {
            Double number = facts.get(i).number();
            return number == null ? Double.NaN : number;
        }

        public boolean answered(int i) {
            return facts.get(i).number() != null || facts.get(i).text() != null;
        }

        public EvidenceCell cell(int i) {
            return facts.get(i).cell();
        }

        public boolean many() {
            return false;
        }

        Fact fact(int i) {
            return facts.get(i);
        }
    }

    private static Reduced mean(double[] values, Metric metric, Supplier<String> label, Entries entries, IntPredicate backing) {
        return numberOf(Arrays.stream(values).sum() / values.length, metric, label, entries, backing, values.length);
    }

    private static Reduced extreme(double value, Metric metric, Supplier<String> label, Entries entries, int answered) {
        return numberOf(value, metric, label, entries, i -> entries.number(i) == value, answered);
    }

    private static Reduced numberOf(
            double value, Metric metric, Supplier<String> label, Entries entries, IntPredicate backing, int answered) {
        Supplier<String> display = () -> metric != null && metric.type() == MetricType.PERCENT
                ? Texts.number(value) + "%" : Texts.number(value);
        return new Reduced(value, display, label, answered, entries, backing);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** e.g. "Worker survey: Worker paid a recruitment fee (share answering yes)". */
    static String label(Operand operand, Metric metric, boolean many) {
        String words = Texts.aggregate(operand.aggregate(), many);
        String name = metric == null ? operand.metric() : metric.label();
        return Texts.source(operand.source()) + ": " + name + (words.isEmpty() ? "" : " (" + words + ")");
    }
}
