package org.ddworkbench.ingest.value;

import java.util.List;
import org.ddworkbench.ingest.read.CellKind;
import org.ddworkbench.ingest.read.RawCell;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricLevel;
import org.ddworkbench.model.MetricType;

/** Metrics shaped like the bundled pack's, and cells, for the value tests. */
final class Metrics {
    static final Metric WEEKLY_HOURS = numeric("total_weekly_hours", MetricType.NUMBER, "hours-per-week", 0.0, 168.0);
    static final Metric FEE_MONTHS = numeric("recruitment_fee_months_wages", MetricType.NUMBER, "months-of-wages", 0.0, 60.0);
    static final Metric WORKERS = numeric("workers_total", MetricType.INTEGER, "count", 0.0, null);
    static final Metric DELAY_DAYS = numeric("wage_delay_days", MetricType.INTEGER, "days", 0.0, 365.0);
    static final Metric MIGRANT_SHARE = numeric("migrant_worker_share", MetricType.PERCENT, "percent", 0.0, 100.0);
    static final Metric WAGE_THB = numeric("monthly_wage", MetricType.NUMBER, "THB", null, null);
    static final Metric BALANCE = numeric("balance", MetricType.NUMBER, null, null, null);
    static final Metric YES_NO = of("overtime_voluntary", MetricType.BOOLEAN, null, null, null, List.of());
    static final Metric AUDIT_DATE = of("audit_date", MetricType.DATE, null, null, null, List.of());
    static final Metric AUDIT_TYPE = of("audit_type", MetricType.CHOICE, null, null, null,
            List.of("announced", "semi-announced", "unannounced"));
    static final Metric COMMENT = of("comment", MetricType.TEXT, null, null, null, List.of());

    private Metrics() {
    }

    static Metric numeric(String id, MetricType type, String unit, Double min, Double max) {
        return of(id, type, unit, min, max, List.of());
    }

    static Metric of(String id, MetricType type, String unit, Double min, Double max, List<String> allowed) {
        return new Metric(id, id, "", type, unit, min, max, allowed, MetricLevel.SITE,
                List.of(DataSourceKind.SAQ), List.of(), List.of(), false, List.of());
    }

    static RawCell text(String text) {
        return new RawCell(2, text, CellKind.TEXT);
    }

    static RawCell cell(CellKind kind, String text) {
        return new RawCell(2, text, kind);
    }
}
