package org.ddworkbench.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What the synthetic data of one supplier will show: its size, which evidence it has, and the problems planted
 * in it. Drawn from a seed and the supplier's index, so the same supplier looks the same in every run.
 *
 * @param problemMetrics metrics whose worker answers (and sometimes audit values) are beyond a threshold
 */
record SyntheticSupplier(
        int index, String name, String country, String sector, int workers, int agencyWorkers,
        boolean hasSaq, boolean saqMissingRequired, boolean hasAudit, boolean staleAudit, boolean announcedAudit,
        boolean fewInterviews, boolean uniformHours, boolean agencyMismatch, boolean hasSurvey,
        Set<String> problemMetrics) {

    private static final List<String> COUNTRIES = List.of("TH", "VN", "KH", "MM", "BD", "IN", "MY", "ID", "CN", "TR");
    private static final List<String> SECTORS = List.of("Seafood", "Apparel", "Electronics", "Agriculture",
            "Fishing", "Furniture");
    private static final long SEED = 20_250_630L;

    /** Shares of suppliers with each planted condition. */
    static final double PROBLEM_SHARE = 0.2;

    /**
     * @param candidates metrics that can carry a planted problem (those with thresholds)
     */
    static SyntheticSupplier draw(int index, List<String> candidates) {
        SplittableRandom random = random(index);
        int workers = 40 + random.nextInt(2_500);
        boolean problem = random.nextDouble() < PROBLEM_SHARE;
        Set<String> problems = Set.of();
        if (problem && !candidates.isEmpty()) {
            List<String> pool = new ArrayList<>(candidates);
            List<String> chosen = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count && !pool.isEmpty(); i++) {
                chosen.add(pool.remove(random.nextInt(pool.size())));
            }
            problems = Set.copyOf(chosen);
        }
        String sector = SECTORS.get(random.nextInt(SECTORS.size()));
        return new SyntheticSupplier(index, String.format("Synthetic Supplier %05d Co., Ltd.", index),
                COUNTRIES.get(random.nextInt(COUNTRIES.size())), sector, workers,
                (int) (workers * 0.3 * random.nextDouble()),
                random.nextDouble() >= 0.05, random.nextDouble() < 0.03, random.nextDouble() >= 0.08,
                random.nextDouble() < 0.10, random.nextDouble() < 0.15, random.nextDouble() < 0.05,
                random.nextDouble() < 0.03, random.nextDouble() < 0.05, random.nextDouble() >= 0.05, problems);
    }

    /** A generator for this supplier's values, independent of the one that drew its profile. */
    SplittableRandom values() {
        return random(index).split();
    }

    boolean fishing() {
        return sector.equals("Seafood") || sector.equals("Fishing");
    }

    String nameKey() {
        return String.format("syntheticsupplier%05d", index);
    }

    String externalId() {
        return String.format("SYN-%05d", index);
    }

    private static SplittableRandom random(int index) {
        return new SplittableRandom(SEED * 1_000_003L + index);
    }
}
