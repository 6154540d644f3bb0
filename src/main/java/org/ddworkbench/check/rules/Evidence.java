package org.ddworkbench.check.rules;

import java.util.ArrayList;
import java.util.List;
import org.ddworkbench.model.EvidenceCell;

/** Collects a finding's evidence cells up to {@link FindingDraft#MAX_EVIDENCE} while counting all of them. */
final class Evidence {
    private final List<EvidenceCell> cells = new ArrayList<>();
    private int total;

    void add(EvidenceCell cell) {
        total++;
        if (cells.size() < FindingDraft.MAX_EVIDENCE) {
            cells.add(cell);
        }
    }

    /** Adds a cell unless it is already kept (two figures may fall back to the same row). */
    void addOnce(EvidenceCell cell) {
        if (!cells.contains(cell)) {
            add(cell);
        }
    }

    void addAll(List<EvidenceCell> more) {
        more.forEach(this::add);
    }

    /** Whether a further cell would only be counted, so callers can skip building it. */
    boolean full() {
        return cells.size() >= FindingDraft.MAX_EVIDENCE;
    }

    /** Counts a cell without keeping it (used once {@link #full()}). */
    void count() {
        total++;
    }

    List<EvidenceCell> cells() {
        return List.copyOf(cells);
    }

    int total() {
        return total;
    }
}
