package org.ddworkbench.check;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ddworkbench.check.rules.FindingDraft;
import org.ddworkbench.model.ComparedValue;
import org.ddworkbench.model.EvidenceCell;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.FindingStatus;
import org.ddworkbench.model.ReviewState;
import org.ddworkbench.store.FindingRepository.FindingState;
import org.ddworkbench.store.FindingWriter;

/**
 * Matches the drafts of one evaluated scope (a supplier, or the project-wide rules) with the findings stored
 * for it: the same key keeps its id and review, changed content is rewritten, a closed finding found again is
 * reopened, a new key is inserted, and an open finding without a draft is closed with the reason.
 */
final class FindingReconciler {
    private final Map<String, FindingState> byKey = new HashMap<>();
    private final Map<Long, List<FindingState>> openByScope = new HashMap<>();
    private final FindingWriter writer;
    private final String packFingerprint;
    private final Instant now;
    private int opened;
    private int closed;

    FindingReconciler(Map<String, FindingState> stored, FindingWriter writer, String packFingerprint, Instant now) {
        this.writer = writer;
        this.packFingerprint = packFingerprint;
        this.now = now;
        for (FindingState state : stored.values()) {
            byKey.put(state.key(), state);
            if (state.status() == FindingStatus.OPEN) {
                openByScope.computeIfAbsent(scope(state.supplierId()), id -> new ArrayList<>()).add(state);
            }
        }
    }

    /** The scope of a supplier's findings; 0 holds the project-wide ones. */
    static long scope(Long supplierId) {
        return supplierId == null ? 0 : supplierId;
    }

    /** Reconciles the drafts of scope {@code scopeId}; open findings of the scope left without a draft close. */
    void reconcile(long scopeId, List<FindingDraft> drafts, String closeReason) throws SQLException {
        Set<String> found = new HashSet<>();
        for (FindingDraft draft : drafts) {
            if (!found.add(draft.key())) {
                continue;
            }
            Finding finding = finding(draft);
            String hash = contentHash(draft);
            FindingState stored = byKey.get(draft.key());
            if (stored == null) {
                writer.insert(finding, hash);
                opened++;
            } else if (stored.status() == FindingStatus.CLOSED) {
                writer.update(stored.id(), finding, hash);
                opened++;
            } else if (!hash.equals(stored.contentHash())) {
                writer.update(stored.id(), finding, hash);
            } else {
                writer.touch(stored.id());
            }
        }
        for (FindingState open : openByScope.getOrDefault(scopeId, List.of())) {
            if (!found.contains(open.key())) {
                writer.close(open.id(), closeReason);
                closed++;
            }
        }
    }

    int opened() {
        return opened;
    }

    int closed() {
        return closed;
    }

    private Finding finding(FindingDraft d) {
        return new Finding(0, d.key(), d.ruleId(), d.kind(), d.severity(), d.supplierId(), d.supplierName(),
                d.country(), d.site(), d.period(), d.indicators(), d.title(), d.explanation(), d.values(),
                d.evidence(), d.evidenceTotal(), FindingStatus.OPEN, null, ReviewState.UNREVIEWED, null, now, now,
                packFingerprint);
    }

    /** Over everything a check computes of a finding, so an unchanged finding is left as it is. */
    private String contentHash(FindingDraft d) {
        Digest digest = new Digest().add(packFingerprint).add(d.key()).add(d.ruleId()).add(d.kind())
                .add(d.severity()).add(d.supplierId()).add(d.supplierName()).add(d.country()).add(d.site())
                .add(d.period()).add(String.join(",", d.indicators())).add(d.title()).add(d.explanation())
                .add(d.evidenceTotal()).add(d.values().size());
        for (ComparedValue value : d.values()) {
            digest.add(value.label()).add(value.value());
        }
        digest.add(d.evidence().size());
        for (EvidenceCell cell : d.evidence()) {
            digest.add(cell.importId()).add(cell.kind()).add(cell.sheet()).add(cell.row()).add(cell.column())
                    .add(cell.metricId()).add(cell.value());
        }
        return digest.hex();
    }
}
