package org.ddworkbench.sample;

/**
 * Supplier-level labour practices of a sample supplier: once as they really are, once as the supplier
 * declares them in its self-assessment (the gap is what the cross-checks are meant to find).
 *
 * @param migrantSharePercent share of migrant workers, 0 to 100
 * @param maxDaysAtSea longest fishing trip in days, or null for sites on land
 */
record Practices(
        boolean feesCharged,
        boolean employerPaysPolicy,
        int agencyWorkers,
        int migrantSharePercent,
        boolean documentsHeld,
        boolean documentsReturnedOnDemand,
        boolean wagesOnTime,
        boolean depositsRequired,
        int regularWeeklyHours,
        int typicalTotalWeeklyHours,
        int maxWeeklyHours,
        boolean overtimeVoluntary,
        boolean weeklyRestDay,
        boolean housingLockedAtNight,
        boolean housingAdequate,
        int resignationNoticeDays,
        Integer maxDaysAtSea,
        boolean grievanceMechanism,
        boolean workerRepresentation) {

    /** Practices of a well-run site with the given workforce figures. */
    static Practices good(int agencyWorkers, int migrantSharePercent, int typicalTotal, Integer maxDaysAtSea) {
        return new Practices(false, true, agencyWorkers, migrantSharePercent, false, true, true, false, 48,
                typicalTotal, Math.min(60, typicalTotal + 4), true, true, false, true, 30, maxDaysAtSea, true, true);
    }
}
