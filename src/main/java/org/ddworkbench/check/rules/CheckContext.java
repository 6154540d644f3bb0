package org.ddworkbench.check.rules;

import java.time.LocalDate;
import org.ddworkbench.model.MetricPack;

/**
 * What every rule of one run measures against: the pack and the assessment period, which ends at the as-of
 * date and is {@code auditPolicy.maxAgeMonths} long.
 */
public record CheckContext(MetricPack pack, String packFingerprint, LocalDate asOf) {

    /** The first day of the assessment period: data dated before it is out of the period. */
    public LocalDate periodStart() {
        return asOf.minusMonths(pack.auditPolicy().maxAgeMonths());
    }

    /** The period as an ISO interval, e.g. {@code 2023-06-30/2025-06-30}. */
    public String period() {
        return periodStart() + "/" + asOf;
    }

    /** Whether a date is within the period; an unknown date (null) counts as within. */
    public boolean inPeriod(LocalDate date) {
        return date == null || (!date.isBefore(periodStart()) && !date.isAfter(asOf));
    }
}
