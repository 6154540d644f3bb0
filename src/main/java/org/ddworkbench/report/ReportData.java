package org.ddworkbench.report;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ddworkbench.model.Severity;

/**
 * The supplier attributes, counting findings, corrective actions and coverage a report needs, read in one
 * transaction; it holds ids, dimension labels and dates only, never names or other row-level values.
 */
final class ReportData {
    private static final String SUPPLIERS = "SELECT id, country, sector, tier FROM supplier";
    /** Dated audits after undated ones, then by id, so the last row per supplier is its latest audit. */
    private static final String AUDITS =
            "SELECT supplier_id, scheme FROM audit ORDER BY supplier_id, audit_date NULLS FIRST, id";
    private static final String FINDINGS =
            "SELECT supplier_id, severity, indicators, period FROM finding WHERE status = ? AND review <> ?"
            + " AND supplier_id IS NOT NULL";
    /** An action without its own supplier belongs to the supplier of the finding it answers. */
    private static final String ACTIONS = "SELECT COALESCE(a.supplier_id, f.supplier_id), a.due_date, a.status"
            + " FROM corrective_action a JOIN finding f ON f.id = a.finding_id";
    private static final String WITH_SAQ = "SELECT DISTINCT supplier_id FROM observation WHERE source_kind = ?";
    private static final String SURVEYED = "SELECT DISTINCT supplier_id FROM worker_tally";

    /** A supplier's labels along the supplier dimensions. */
    record SupplierFacts(String country, String sector, String tier, String scheme, String riskBand) {
        String label(ReportDimension dimension) {
            return switch (dimension) {
                case COUNTRY -> country;
                case SECTOR -> sector;
                case TIER -> tier;
                case SCHEME -> scheme;
                case RISK_BAND -> riskBand;
                case INDICATOR, PERIOD -> throw new IllegalArgumentException("A supplier has no single " + dimension);
            };
        }
    }

    /** An open finding that counts (not a false positive) of a known supplier, dated by its as-of date. */
    record FindingFacts(long supplierId, Severity severity, List<String> indicatorIds, LocalDate asOf) {
    }

    /** A corrective action, whether it is still open (open or in progress), and its due date. */
    record ActionFacts(long supplierId, LocalDate due, boolean open) {
    }

    private final Map<Long, SupplierFacts> suppliers;
    private final List<FindingFacts> findings;
    private final List<ActionFacts> actions;
    private final Set<Long> withSaq;
    private final Set<Long> audited;
    private final Set<Long> surveyed;

    private ReportData(Map<Long, SupplierFacts> suppliers, List<FindingFacts> findings, List<ActionFacts> actions,
            Set<Long> withSaq, Set<Long> audited, Set<Long> surveyed) {
        this.suppliers = suppliers;
        this.findings = findings;
        this.actions = actions;
        this.withSaq = withSaq;
        this.audited = audited;
        this.surveyed = surveyed;
    }

    Map<Long, SupplierFacts> suppliers() {
        return suppliers;
    }

    List<FindingFacts> findings() {
        return findings;
    }

    List<ActionFacts> actions() {
        return actions;
    }

    Set<Long> withSaq() {
        return withSaq;
    }

    Set<Long> audited() {
        return audited;
    }

    Set<Long> surveyed() {
        return surveyed;
    }

    /**
     * Reads everything on {@code connection}; findings and actions of suppliers no longer stored are left out.
     * {@code riskBands} gives each supplier's risk-band label (suppliers it lacks are "Unknown").
     */
    static ReportData read(Connection connection, Map<Long, String> riskBands) throws SQLException {
        Map<Long, String> schemes = new LinkedHashMap<>();
        try (PreparedStatement st = connection.prepareStatement(AUDITS); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                schemes.put(rs.getLong(1), orUnknown(rs.getString(2)));
            }
        }
        Map<Long, SupplierFacts> suppliers = new LinkedHashMap<>();
        try (PreparedStatement st = connection.prepareStatement(SUPPLIERS); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                int tier = rs.getInt(4);
                String tierLabel = rs.wasNull() ? ReportDimension.UNKNOWN : "Tier " + tier;
                suppliers.put(id, new SupplierFacts(orUnknown(rs.getString(2)), orUnknown(rs.getString(3)),
                        tierLabel, schemes.getOrDefault(id, ReportDimension.NO_AUDIT),
                        riskBands.getOrDefault(id, ReportDimension.UNKNOWN)));
            }
        }
        List<FindingFacts> findings = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(FINDINGS)) {
            st.setString(1, "OPEN");
            st.setString(2, "FALSE_POSITIVE");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long supplier = rs.getLong(1);
                    if (suppliers.containsKey(supplier)) {
                        findings.add(new FindingFacts(supplier, severity(rs.getString(2)), ids(rs.getString(3)),
                                periodEnd(rs.getString(4))));
                    }
                }
            }
        }
        List<ActionFacts> actions = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(ACTIONS); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long supplier = rs.getLong(1);
                Date due = rs.getDate(2);
                String status = rs.getString(3);
                if (due != null && suppliers.containsKey(supplier)) {
                    actions.add(new ActionFacts(supplier, due.toLocalDate(),
                            "OPEN".equals(status) || "IN_PROGRESS".equals(status)));
                }
            }
        }
        Set<Long> withSaq = new HashSet<>();
        try (PreparedStatement st = connection.prepareStatement(WITH_SAQ)) {
            st.setString(1, "SAQ");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    withSaq.add(rs.getLong(1));
                }
            }
        }
        Set<Long> surveyed = new HashSet<>();
        try (PreparedStatement st = connection.prepareStatement(SURVEYED); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                surveyed.add(rs.getLong(1));
            }
        }
        return new ReportData(suppliers, findings, actions, withSaq, new HashSet<>(schemes.keySet()), surveyed);
    }

    /** The latest value per supplier and year of a supplier-level metric: supplier id, year label, value. */
    static List<SupplierValue> supplierValues(Connection connection, String metricId) throws SQLException {
        Map<String, SupplierValue> latest = new LinkedHashMap<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT supplier_id, observed_on, num_value"
                + " FROM observation WHERE metric_id = ? AND num_value IS NOT NULL"
                + " ORDER BY observed_on NULLS FIRST, id")) {
            st.setString(1, metricId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Date observed = rs.getDate(2);
                    String year = year(observed == null ? null : observed.toLocalDate());
                    SupplierValue value = new SupplierValue(rs.getLong(1), year, rs.getDouble(3));
                    latest.put(value.supplierId() + "|" + year, value);
                }
            }
        }
        return List.copyOf(latest.values());
    }

    /** One supplier's latest value of a metric within a year. */
    record SupplierValue(long supplierId, String year, double value) {
    }

    /** The PERIOD label of a date. */
    static String year(LocalDate date) {
        return date == null ? ReportDimension.UNDATED : String.valueOf(date.getYear());
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? ReportDimension.UNKNOWN : value.strip();
    }

    /** The end of a finding's ISO period ("2023-06-30/2025-06-30"), its as-of date; null if unreadable. */
    private static LocalDate periodEnd(String period) {
        if (period == null) {
            return null;
        }
        try {
            return LocalDate.parse(period.substring(period.indexOf('/') + 1).strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A severity the check wrote; an unrecognised one counts as the least severe so it never inflates a filter. */
    private static Severity severity(String stored) {
        try {
            return Severity.valueOf(stored);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Severity.INFO;
        }
    }

    private static List<String> ids(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .toList();
    }
}
