package org.ddworkbench.model;

/**
 * What the pack expects of a credible audit.
 *
 * @param maxAgeMonths an audit older than this is stale; also the length of the assessment period that
 *     cross-checks compare data within
 * @param minInterviewShare the minimum share (0 to 1) of workers interviewed
 * @param unannouncedExpected whether announced-only audits are a quality signal
 * @param uniformAnswers when workers' answers on one metric are suspiciously alike
 */
public record AuditPolicy(
        int maxAgeMonths, double minInterviewShare, boolean unannouncedExpected, UniformAnswers uniformAnswers) {

    /**
     * Suspiciously uniform answers (coached interviews, copied time records): at least {@code minAnswers}
     * values of {@code metric} for one supplier of which a share above {@code maxSameShare} are the same value.
     */
    public record UniformAnswers(String metric, int minAnswers, double maxSameShare) {
    }
}
