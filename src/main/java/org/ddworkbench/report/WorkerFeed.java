package org.ddworkbench.report;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.ddworkbench.model.Indicator;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.Threshold;
import org.ddworkbench.store.WorkerRow;
import org.ddworkbench.store.WorkerSlot;

/**
 * Turns decoded worker rows into report answers: the worker's key, the year of the interview, the indicators its
 * answers report (a value beyond a pack threshold of a metric bearing on the indicator) and its numbers.
 */
final class WorkerFeed implements Consumer<WorkerRow> {
    private final MetricPack pack;
    private final Set<Long> suppliers;
    private final Consumer<Answer> sink;
    /** Per slot layout (chunks share their list), the thresholds of each slot's metric. */
    private final Map<List<WorkerSlot>, List<SlotRule>> rules = new IdentityHashMap<>();

    WorkerFeed(MetricPack pack, Set<Long> suppliers, Consumer<Answer> sink) {
        this.pack = pack;
        this.suppliers = suppliers;
        this.sink = sink;
    }

    @Override
    public void accept(WorkerRow row) {
        if (suppliers.contains(row.supplierId())) {
            sink.accept(new Answer(row, rules.computeIfAbsent(row.slots(), this::rulesOf)));
        }
    }

    private List<SlotRule> rulesOf(List<WorkerSlot> slots) {
        List<SlotRule> out = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Metric metric = pack.metric(slots.get(i).metricId()).orElse(null);
            if (metric == null || metric.indicators().isEmpty()) {
                continue;
            }
            List<String> labels = metric.indicators().stream()
                    .map(id -> pack.indicator(id).map(Indicator::label).orElse(id)).toList();
            for (Threshold threshold : metric.thresholds()) {
                out.add(new SlotRule(i, threshold, labels));
            }
        }
        return out;
    }

    private record SlotRule(int slot, Threshold threshold, List<String> indicatorLabels) {
    }

    /** One worker's answers as a report reads them. */
    static final class Answer {
        private final WorkerRow row;
        private final List<SlotRule> rules;

        private Answer(WorkerRow row, List<SlotRule> rules) {
            this.row = row;
            this.rules = rules;
        }

        long supplierId() {
            return row.supplierId();
        }

        /**
         * A 64-bit key for the worker: its pseudonym within its supplier (a resurveyed worker is one worker), or
         * its import and row when the survey had no respondent id.
         */
        long worker() {
            String respondent = row.respondent();
            long base = respondent == null ? (row.importId() << 32) ^ row.row() ^ Long.MIN_VALUE
                    : respondent.hashCode() * 0x9E3779B97F4A7C15L ^ hash64(respondent);
            return base * 31 + row.supplierId() * 0xC2B2AE3D27D4EB4FL;
        }

        String year() {
            return ReportData.year(row.observedOn());
        }

        /** The number a metric's answer holds (booleans as 1 and 0), or NaN when it has none. */
        double number(String metricId) {
            return number(row.value(metricId));
        }

        /** The labels of the indicators this worker's answers report, in pack order of the metrics. */
        List<String> indicatorLabels() {
            Set<String> labels = new LinkedHashSet<>();
            for (SlotRule rule : rules) {
                Object value = row.values()[rule.slot()];
                if (value != null && rule.threshold().crossedBy(number(value),
                        value instanceof String text ? text : null)) {
                    labels.addAll(rule.indicatorLabels());
                }
            }
            return List.copyOf(labels);
        }

        private static double number(Object value) {
            if (value instanceof Double d) {
                return d;
            }
            if (value instanceof Number n) {
                return n.doubleValue();
            }
            if (value instanceof Boolean b) {
                return b ? 1 : 0;
            }
            return Double.NaN;
        }

        private static long hash64(String text) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < text.length(); i++) {
                h = (h ^ text.charAt(i)) * 0x100000001b3L;
            }
            return h;
        }
    }
}
