package org.ddworkbench.ingest.map;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assigns each column (or question) its best target, surest first, so that one target goes to one column;
 * a column whose best target was taken falls back to its next best, and confidence reflects how clearly the
 * chosen target beat the others still available.
 */
final class Assigner {
    /** Suggestions below this confidence are left unmapped. */
    static final double THRESHOLD = 0.80;

    /** Targets several columns may share (several comment columns). */
    private static final Set<String> SHAREABLE = Set.of(Field.FREE_TEXT.name(), Field.COMMENT.name());

    private Assigner() {
    }

    /** A target chosen for an item, with its confidence. */
    record Choice(Target target, double confidence) {
    }

    /**
     * @param ranked for each item (by its key), its scored candidates best first
     * @return the chosen target of every item that reached {@link #THRESHOLD}
     */
    static Map<String, Choice> assign(Map<String, List<TargetMatcher.Scored>> ranked) {
        Map<String, Choice> chosen = new HashMap<>();
        // Targets come from one catalog, so identity tells them apart cheaply.
        Set<Target> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> open = new HashSet<>();
        ranked.forEach((item, scored) -> {
            // Confidence never exceeds the score, so items without a good enough candidate are settled already.
            if (!scored.isEmpty() && scored.get(0).score() >= THRESHOLD) {
                open.add(item);
            }
        });
        while (!open.isEmpty()) {
            String bestItem = null;
            Choice best = null;
            for (String item : open) {
                Choice choice = bestAvailable(ranked.get(item), taken);
                if (choice != null && (best == null || choice.confidence() > best.confidence()
                        || (choice.confidence() == best.confidence() && item.compareTo(bestItem) < 0))) {
                    best = choice;
                    bestItem = item;
                }
            }
            if (best == null || best.confidence() < THRESHOLD) {
                break;
            }
            chosen.put(bestItem, best);
            open.remove(bestItem);
            if (!SHAREABLE.contains(best.target().id())) {
                taken.add(best.target());
            }
        }
        return chosen;
    }

    private static Choice bestAvailable(List<TargetMatcher.Scored> ranked, Set<Target> taken) {
        TargetMatcher.Scored top = null;
        double runnerUp = 0;
        for (TargetMatcher.Scored scored : ranked) {
            if (taken.contains(scored.target())) {
                continue;
            }
            if (top == null) {
                top = scored;
            } else {
                // Ranked best first: the first other available candidate is the runner-up.
                runnerUp = scored.score();
                break;
            }
        }
        return top == null ? null : new Choice(top.target(), TargetMatcher.confidence(top.score(), runnerUp));
    }
}
