package org.ddworkbench.proof.crash;

import java.util.Random;

/**
 * Where the kills of one operation land: one in {@value #EARLY_ONE_IN} is aimed at the child's start-up (a
 * random moment in its first {@value #EARLY_MILLIS} ms, usually before {@code START}); of the others, one in
 * three at the end of the work, from 80% to 110% of the time the un-killed run took after {@code START}, where
 * the commit, the file moves and the close happen; the rest anywhere from {@code START} to 20% past that time.
 * Seeded, so a failing run can be repeated with {@code -Dddw.proof.seed}.
 */
final class KillSchedule {
    private static final int EARLY_ONE_IN = 6;
    private static final int EARLY_MILLIS = 400;

    private final Random random;
    private final long workMillis;

    KillSchedule(long seed, long workMillis) {
        this.random = new Random(seed);
        this.workMillis = workMillis;
    }

    /** One kill: whether to wait for {@code START}, and the delay after it (or after launch) in milliseconds. */
    Kill next() {
        if (random.nextInt(EARLY_ONE_IN) == 0) {
            return new Kill(false, random.nextInt(EARLY_MILLIS));
        }
        double share = random.nextInt(3) == 0 ? 0.8 + random.nextDouble() * 0.3 : random.nextDouble() * 1.2;
        return new Kill(true, (long) (share * workMillis));
    }

    record Kill(boolean afterStart, long delayMillis) {
        @Override
        public String toString() {
            return delayMillis + " ms after " + (afterStart ? "START" : "launch");
        }
    }
}
