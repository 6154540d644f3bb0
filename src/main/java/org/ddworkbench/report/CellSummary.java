package org.ddworkbench.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.ddworkbench.report.disclosure.CellStats;

/**
 * A cell or margin ready for disclosure control: its value, its contributors (distinct suppliers or workers),
 * the weight each supplier has in it (for dominance) and the size of the group it speaks about.
 */
record CellSummary(double value, int contributors, Set<Long> suppliers, Map<Long, Double> supplierWeights,
        int population, boolean attribute) {

    /**
     * The statistics disclosure control judges. A zero takes its group's size as contributors, and a count of an
     * attribute ("flagged", "reporting") is only as safe as the smaller of those with and without it.
     */
    CellStats stats() {
        if (contributors == 0) {
            return population == 0 ? CellStats.EMPTY : new CellStats(0, population, 0);
        }
        double weight = supplierWeights.values().stream().mapToDouble(Double::doubleValue).sum();
        double largest = supplierWeights.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        int protectedBy = attribute ? Math.max(1, Math.min(contributors, population - contributors)) : contributors;
        return new CellStats(Math.max(0, value), protectedBy, weight == 0 ? 0 : Math.min(1, largest / weight));
    }

    /**
     * The margin of {@code cells}: values add; suppliers are united (a supplier-level contributor may sit in
     * several cells only along non-supplier dimensions, where no margins are published); workers add up because a
     * worker belongs to one supplier.
     */
    static CellSummary margin(Collection<CellSummary> cells, boolean workers, int population) {
        double value = 0;
        int contributorSum = 0;
        Set<Long> suppliers = new HashSet<>();
        Map<Long, Double> weights = new HashMap<>();
        boolean attribute = false;
        for (CellSummary cell : cells) {
            value += cell.value();
            contributorSum += cell.contributors();
            suppliers.addAll(cell.suppliers());
            cell.supplierWeights().forEach((supplier, weight) -> weights.merge(supplier, weight, Double::sum));
            attribute |= cell.attribute();
        }
        return new CellSummary(value, workers ? contributorSum : suppliers.size(), suppliers, weights, population,
                attribute);
    }
}
