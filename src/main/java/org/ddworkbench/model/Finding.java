package org.ddworkbench.model;

import java.time.Instant;
import java.util.List;

/**
 * What a cross-check rule found, about whom, how sure, and from which cells. The key is stable across
 * re-runs (rule, supplier, site, subject), so a finding keeps its id and its review when its condition
 * still holds.
 *
 * @param ruleId e.g. {@code threshold:total_weekly_hours:red}, {@code crosscheck:deposits-saq-vs-audit},
 *     {@code stale-audit}, {@code combination}
 * @param supplierId the supplier, or null for a project-wide finding (a metric with no data, skipped rows)
 * @param supplierName the supplier's name when last checked, or null
 * @param site the audited site, or null
 * @param period the assessment period compared, as an ISO interval {@code 2023-06-30/2025-06-30}
 * @param indicators ILO indicator ids this finding bears on
 * @param title one line, e.g. "Identity documents: SAQ vs workers"
 * @param explanation what was compared and why it is a finding, in plain words
 * @param values the figures compared, in order
 * @param evidence the cells the finding rests on (at most a few hundred; see {@code evidenceTotal})
 * @param evidenceTotal how many cells there are in all
 * @param closedReason why the last check closed it, or null while open
 * @param reviewReason the user's reason for a dispute or false positive, or null
 * @param packFingerprint the pack the finding was last evaluated with
 */
public record Finding(
        long id,
        String key,
        String ruleId,
        FindingKind kind,
        Severity severity,
        Long supplierId,
        String supplierName,
        String country,
        String site,
        String period,
        List<String> indicators,
        String title,
        String explanation,
        List<ComparedValue> values,
        List<EvidenceCell> evidence,
        int evidenceTotal,
        FindingStatus status,
        String closedReason,
        ReviewState review,
        String reviewReason,
        Instant firstSeen,
        Instant lastSeen,
        String packFingerprint) {

    public Finding {
        indicators = List.copyOf(indicators);
        values = List.copyOf(values);
        evidence = List.copyOf(evidence);
    }

    /** Open and not set aside as a false positive: what counts for risk, the heat map and combinations. */
    public boolean counts() {
        return status == FindingStatus.OPEN && review != ReviewState.FALSE_POSITIVE;
    }
}
