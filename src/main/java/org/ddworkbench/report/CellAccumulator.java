package org.ddworkbench.report;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What one report cell collects before it is protected: the amount each supplier adds, the workers it counts and
 * the metric values it summarises. Workers are 64-bit keys, kept in a primitive array and de-duplicated once at the
 * end, so a million answers cost a few megabytes.
 */
final class CellAccumulator {
    private final Map<Long, Double> bySupplier = new HashMap<>();
    private final Map<Long, Double> magnitudes = new HashMap<>();
    private long[] contributors = new long[4];
    private double[] values = new double[4];
    private int size;
    /** The distinct contributors of the first {@code distinctOf} values, kept because tables ask for it per cell. */
    private int distinct;
    private int distinctOf = -1;

    /** A supplier counted once however many records it has here. */
    void countSupplier(long supplierId) {
        bySupplier.put(supplierId, 1.0);
    }

    /** One record (a finding, an action) of a supplier. */
    void addRecord(long supplierId) {
        bySupplier.merge(supplierId, 1.0, Double::sum);
    }

    /** One answer of a worker (or one supplier's value) with the value it carries, or 0 when only counted. */
    void addValue(long supplierId, long contributor, double value) {
        if (size == contributors.length) {
            contributors = Arrays.copyOf(contributors, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        contributors[size] = contributor;
        values[size] = value;
        size++;
        bySupplier.merge(supplierId, 1.0, Double::sum);
        magnitudes.merge(supplierId, Math.abs(value), Double::sum);
    }

    boolean isEmpty() {
        return bySupplier.isEmpty();
    }

    /** The number of distinct suppliers here. */
    int suppliers() {
        return bySupplier.size();
    }

    /** The number of distinct contributors among the values added. */
    int distinctContributors() {
        if (distinctOf == size) {
            return distinct;
        }
        long[] sorted = Arrays.copyOf(contributors, size);
        Arrays.sort(sorted);
        int count = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                count++;
            }
        }
        distinct = count;
        distinctOf = size;
        return count;
    }

    int valueCount() {
        return size;
    }

    /** The values added, in order (the array may be longer than {@link #valueCount()}). */
    double[] values() {
        return values;
    }

    long[] contributors() {
        return contributors;
    }

    /**
     * The cell as disclosure control sees it: supplier-level counts count suppliers (each supplier's amount
     * capped at {@code cap}); worker counts count distinct workers, weighted by each supplier's answers.
     */
    CellSummary summary(boolean workers, double cap, int population, boolean attribute) {
        Map<Long, Double> weights = new HashMap<>();
        double value = 0;
        for (Map.Entry<Long, Double> e : bySupplier.entrySet()) {
            double kept = Math.min(e.getValue(), cap);
            weights.put(e.getKey(), kept);
            value += kept;
        }
        int contributors = bySupplier.size();
        if (workers) {
            contributors = distinctContributors();
            value = contributors;
        }
        return new CellSummary(value, contributors, Set.copyOf(bySupplier.keySet()), weights, population, attribute);
    }

    /** A metric cell as disclosure control sees it: its answers, their contributors, each supplier's weight. */
    CellSummary metricSummary(boolean workers) {
        double magnitude = magnitudes.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<Long, Double> weights = magnitude > 0 ? Map.copyOf(magnitudes) : Map.copyOf(bySupplier);
        int contributors = workers ? distinctContributors() : bySupplier.size();
        return new CellSummary(size, contributors, Set.copyOf(bySupplier.keySet()), weights, contributors, false);
    }
}
