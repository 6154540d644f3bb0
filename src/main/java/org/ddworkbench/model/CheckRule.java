package org.ddworkbench.model;

/**
 * The built-in rules whose parameters and severities the pack gives ({@link CheckPolicy}, {@link AuditPolicy}),
 * as opposed to the pack's own thresholds and cross-checks. The id is the pack key and the finding's rule id.
 */
public enum CheckRule {
    SKIPPED_ROWS("skipped-rows", FindingKind.VALIDATION),
    UNCERTAIN_MATCH("uncertain-match", FindingKind.VALIDATION),
    NO_AUDIT("no-audit", FindingKind.AUDIT_QUALITY),
    STALE_AUDIT("stale-audit", FindingKind.AUDIT_QUALITY),
    ANNOUNCED_ONLY("announced-only", FindingKind.AUDIT_QUALITY),
    LOW_INTERVIEW_SHARE("low-interview-share", FindingKind.AUDIT_QUALITY),
    UNIFORM_ANSWERS("uniform-answers", FindingKind.AUDIT_QUALITY),
    NO_SAQ("no-saq", FindingKind.COVERAGE),
    MISSING_REQUIRED("missing-required", FindingKind.COVERAGE),
    METRIC_NO_DATA("metric-no-data", FindingKind.COVERAGE);

    private final String id;
    private final FindingKind kind;

    CheckRule(String id, FindingKind kind) {
        this.id = id;
        this.kind = kind;
    }

    public String id() {
        return id;
    }

    public FindingKind kind() {
        return kind;
    }
}
