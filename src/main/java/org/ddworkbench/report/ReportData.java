package org.ddworkbench.report;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ddworkbench.model.Severity;

/**
 * The few supplier attributes, counting findings and open corrective actions a report needs, read in one
 * transaction; it holds ids and dimension labels only, never names or other row-level values.
 */
final class ReportData {
    private static final String SUPPLIERS = "SELECT id, country, sector, tier FROM supplier";
    /** Dated audits after undated ones, then by id, so the last row per supplier is its latest audit. */
    private static final String AUDITS =
            "SELECT supplier_id, scheme FROM audit ORDER BY supplier_id, audit_date NULLS FIRST, id";
    private static final String FINDINGS =
            "SELECT supplier_id, severity, indicators FROM finding WHERE status = ? AND review <> ?"
            + " AND supplier_id IS NOT NULL";
    /** An action without its own supplier belongs to the supplier of the finding it answers. */
    private static final String ACTIONS = "SELECT COALESCE(a.supplier_id, f.supplier_id), a.due_date"
            + " FROM corrective_action a JOIN finding f ON f.id = a.finding_id WHERE a.status IN (?, ?)";

    /** A supplier's labels along the supplier dimensions. */
    record SupplierFacts(String country, String sector, String tier, String scheme) {
        String label(ReportDimension dimension) {
            return switch (dimension) {
                case COUNTRY -> country;
                case SECTOR -> sector;
                case TIER -> tier;
                case SCHEME -> scheme;
                case INDICATOR -> throw new IllegalArgumentException("A supplier has no single indicator");
            };
        }
    }

    /** An open finding that counts (not a false positive) of a known supplier. */
    record FindingFacts(long supplierId, Severity severity, List<String> indicatorIds) {
    }

    /** A corrective action that is open or in progress. */
    record ActionFacts(long supplierId, LocalDate due) {
    }

    private final Map<Long, SupplierFacts> suppliers;
    private final List<FindingFacts> findings;
    private final List<ActionFacts> openActions;

    private ReportData(Map<Long, SupplierFacts> suppliers, List<FindingFacts> findings, List<ActionFacts> actions) {
        this.suppliers = suppliers;
        this.findings = findings;
        this.openActions = actions;
    }

    Map<Long, SupplierFacts> suppliers() {
        return suppliers;
    }

    List<FindingFacts> findings() {
        return findings;
    }

    List<ActionFacts> openActions() {
        return openActions;
    }

    /** Reads everything on {@code connection}; findings and actions of suppliers no longer stored are left out. */
    static ReportData read(Connection connection) throws SQLException {
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
                        tierLabel, schemes.getOrDefault(id, ReportDimension.NO_AUDIT)));
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
                        findings.add(new FindingFacts(supplier, severity(rs.getString(2)), ids(rs.getString(3))));
                    }
                }
            }
        }
        List<ActionFacts> actions = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(ACTIONS)) {
            st.setString(1, "OPEN");
            st.setString(2, "IN_PROGRESS");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long supplier = rs.getLong(1);
                    Date due = rs.getDate(2);
                    if (!rs.wasNull() && suppliers.containsKey(supplier)) {
                        actions.add(new ActionFacts(supplier, due.toLocalDate()));
                    }
                }
            }
        }
        return new ReportData(suppliers, findings, actions);
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? ReportDimension.UNKNOWN : value.strip();
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
