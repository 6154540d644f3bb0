package org.ddworkbench.report.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps at most k contributions per contributor, so that adding or removing one supplier or worker can
 * change a release by a known, bounded amount.
 */
public final class ContributionBounder {

    /** How the kept contributions are chosen when a contributor has more than k. */
    public enum Selection {
        /** The first k in input order; reproducible, fine when input order carries no meaning. */
        FIRST,
        /** A uniform random subset of k; avoids a bias when input order does carry meaning. */
        RANDOM
    }

    private final RandomBits random;

    public ContributionBounder(RandomBits random) {
        this.random = random;
    }

    /** Returns the kept contributions grouped by contributor, in first-seen contributor order. */
    public Map<String, List<Double>> bound(List<Contribution> contributions, int maxPerContributor, Selection selection) {
        if (maxPerContributor < 1) {
            throw new IllegalArgumentException("each contributor must be allowed at least one value: " + maxPerContributor);
        }
        Map<String, List<Double>> grouped = new LinkedHashMap<>();
        for (Contribution c : contributions) {
            grouped.computeIfAbsent(c.contributor(), key -> new ArrayList<>()).add(c.value());
        }
        Map<String, List<Double>> kept = new LinkedHashMap<>();
        grouped.forEach((contributor, values) -> kept.put(contributor, keep(values, maxPerContributor, selection)));
        return kept;
    }

    private List<Double> keep(List<Double> values, int k, Selection selection) {
        if (values.size() <= k) {
            return List.copyOf(values);
        }
        if (selection == Selection.FIRST) {
            return List.copyOf(values.subList(0, k));
        }
        // Partial Fisher–Yates: the first k slots end up a uniform random k-subset.
        List<Double> shuffled = new ArrayList<>(values);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(shuffled.size() - i);
            Double swap = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swap);
        }
        return List.copyOf(shuffled.subList(0, k));
    }
}
