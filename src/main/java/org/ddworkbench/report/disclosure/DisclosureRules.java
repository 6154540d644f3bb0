package org.ddworkbench.report.disclosure;

import java.util.OptionalInt;
import org.ddworkbench.model.DisclosureDefaults;

/**
 * The thresholds one report is protected with: the minimum number of contributors per published cell and
 * the largest share one contributor may hold.
 *
 * @param minCellSize cells from fewer contributors than this (but more than none) are suppressed
 * @param dominanceShare cells where one contributor holds more than this share (0 to 1) are suppressed
 */
public record DisclosureRules(int minCellSize, double dominanceShare) {

    public DisclosureRules {
        if (minCellSize < 1) {
            throw new IllegalArgumentException("The minimum cell size must be at least 1, not " + minCellSize);
        }
        if (!(dominanceShare > 0 && dominanceShare <= 1)) {
            throw new IllegalArgumentException(
                    "The dominance share must be above 0 and at most 1, not " + dominanceShare);
        }
    }

    /**
     * The pack's rules, with the minimum cell size raised to the user's choice if one is given; a user minimum
     * below the pack's floor is refused because the floor is what the pack guarantees to data owners.
     */
    public static DisclosureRules fromPack(DisclosureDefaults defaults, OptionalInt userMinimum)
            throws DisclosureException {
        int minimum = defaults.minCellSize();
        if (userMinimum.isPresent()) {
            int asked = userMinimum.getAsInt();
            if (asked < defaults.minCellSizeFloor()) {
                throw new DisclosureException("The minimum cell size " + asked
                        + " is below the metric pack's floor of " + defaults.minCellSizeFloor()
                        + "; choose " + defaults.minCellSizeFloor() + " or more.");
            }
            minimum = asked;
        }
        return new DisclosureRules(Math.max(minimum, defaults.minCellSizeFloor()), defaults.dominanceShare());
    }
}
