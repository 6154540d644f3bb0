package org.ddworkbench.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.ddworkbench.model.ComparedValue;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.FindingKind;
import org.ddworkbench.model.FindingStatus;
import org.ddworkbench.model.ReviewState;
import org.ddworkbench.model.Severity;

/**
 * Stored findings with their evidence cells: what a check reconciles against, and what the Findings screen,
 * risk scores and corrective actions read. Findings are never deleted; a check closes them.
 */
public final class FindingRepository {
    /** Shown as the file of evidence whose import was undone since. */
    public static final String UNDONE_FILE = "(import undone)";

    static final String COLUMNS = "f.id, f.finding_key, f.rule_id, f.kind, f.severity, f.supplier_id,"
            + " f.supplier_name, f.country, f.site, f.period, f.indicators, f.title, f.explanation, f.values_json,"
            + " f.evidence_total, f.status, f.closed_reason, f.review, f.review_reason, f.first_seen, f.last_seen,"
            + " f.pack_fingerprint, f.evidence_json";
    private static final TypeReference<List<ComparedValue>> VALUES = new TypeReference<>() { };
    private final EvidenceCodec evidence = new EvidenceCodec();

    private final ObjectMapper mapper = new ObjectMapper();

    /** What a check needs to know of a stored finding to reconcile it with a new result. */
    public record FindingState(long id, String key, Long supplierId, FindingStatus status, ReviewState review,
            String contentHash) {
    }

    /** A finding's identity and whom it is about, for reviews and corrective actions. */
    public record FindingRef(long id, String ruleId, Long supplierId) {
    }

    /**
     * The state of every stored finding, by key; or, when {@code supplierIds} is not null, only of those
     * suppliers' findings and the project-wide ones (what a run evaluating those suppliers reconciles).
     */
    public Map<String, FindingState> states(Connection connection, Collection<Long> supplierIds) throws SQLException {
        Map<String, FindingState> states = new HashMap<>();
        String select = "SELECT id, finding_key, supplier_id, status, review, content_hash FROM finding";
        if (supplierIds == null) {
            readStates(connection, select, null, states);
        } else {
            readStates(connection, select + " WHERE supplier_id = ANY(?)", supplierIds.toArray(Long[]::new), states);
            readStates(connection, select + " WHERE supplier_id IS NULL", null, states);
        }
        return states;
    }

    private static void readStates(Connection connection, String sql, Long[] supplierIds,
            Map<String, FindingState> into) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (supplierIds != null) {
                select.setObject(1, supplierIds);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Long supplierId = rs.getObject(3) == null ? null : rs.getLong(3);
                    into.put(rs.getString(2), new FindingState(rs.getLong(1), rs.getString(2), supplierId,
                            FindingStatus.valueOf(rs.getString(4)), ReviewState.valueOf(rs.getString(5)),
                            rs.getString(6)));
                }
            }
        }
    }

    /** Keys of the findings users marked as false positives, sorted, by supplier id (0 for project-wide ones). */
    public Map<Long, List<String>> falsePositiveKeys(Connection connection) throws SQLException {
        Map<Long, TreeSet<String>> keys = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COALESCE(supplier_id, 0), finding_key FROM finding WHERE review = 'FALSE_POSITIVE'");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                keys.computeIfAbsent(rs.getLong(1), id -> new TreeSet<>()).add(rs.getString(2));
            }
        }
        Map<Long, List<String>> sorted = new HashMap<>();
        keys.forEach((supplier, set) -> sorted.put(supplier, List.copyOf(set)));
        return sorted;
    }

    /** Starts batched writes of one check run. */
    public FindingWriter writer(Connection connection, Instant now) {
        return new FindingWriter(connection, now, mapper);
    }

    /**
     * Closes the open findings of suppliers that no longer exist with {@code reason}; returns how many. Every
     * finding's supplier was checked, so the suppliers gone are those among the checked ones the store lost.
     */
    public int closeForRemovedSuppliers(Connection connection, List<Long> supplierIds, String reason, Instant now)
            throws SQLException {
        int closed = 0;
        try (PreparedStatement update = connection.prepareStatement("UPDATE finding SET status = 'CLOSED',"
                + " closed_reason = ?, last_seen = ? WHERE status = 'OPEN' AND supplier_id = ?")) {
            for (long supplierId : supplierIds) {
                update.setString(1, reason);
                update.setLong(2, now.toEpochMilli());
                update.setLong(3, supplierId);
                closed += update.executeUpdate();
            }
        }
        return closed;
    }

    /**
     * Findings with their evidence (unsorted): of one supplier or all ({@code supplierId} null), closed ones only
     * when asked; {@code withEvidence} false leaves evidence lists empty for callers that only count.
     */
    public List<Finding> list(Connection connection, Long supplierId, boolean includeClosed, boolean withEvidence)
            throws SQLException {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (supplierId != null) {
            conditions.add("f.supplier_id = ?");
            parameters.add(supplierId);
        }
        if (!includeClosed) {
            conditions.add("f.status = 'OPEN'");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return read(connection, where, parameters, withEvidence);
    }

    public Optional<Finding> find(Connection connection, long id) throws SQLException {
        return read(connection, " WHERE f.id = ?", List.of(id), true).stream().findFirst();
    }

    public Optional<FindingRef> ref(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, rule_id, supplier_id FROM finding WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Long supplierId = rs.getObject(3) == null ? null : rs.getLong(3);
                return Optional.of(new FindingRef(rs.getLong(1), rs.getString(2), supplierId));
            }
        }
    }

    /** Records a review; {@code reason} null clears it. */
    public void review(Connection connection, long id, ReviewState state, String reason) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE finding SET review = ?, review_reason = ? WHERE id = ?")) {
            update.setString(1, state.name());
            update.setString(2, reason);
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    /** Severity and indicators of each open finding, for counts. */
    public List<Map.Entry<Severity, List<String>>> openSeverities(Connection connection) throws SQLException {
        List<Map.Entry<Severity, List<String>>> open = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT severity, indicators FROM finding WHERE status = 'OPEN'");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                open.add(Map.entry(Severity.valueOf(rs.getString(1)), indicators(rs.getString(2))));
            }
        }
        return open;
    }

    private List<Finding> read(Connection connection, String where, List<Object> parameters, boolean withEvidence)
            throws SQLException {
        Map<Long, EvidenceCodec.FileRef> files = withEvidence ? files(connection) : Map.of();
        List<Finding> findings = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM finding f" + where)) {
            bind(select, parameters);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Long supplierId = rs.getObject(6) == null ? null : rs.getLong(6);
                    findings.add(new Finding(id, rs.getString(2), rs.getString(3),
                            FindingKind.valueOf(rs.getString(4)), Severity.valueOf(rs.getString(5)), supplierId,
                            rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            indicators(rs.getString(11)), rs.getString(12), rs.getString(13), values(rs.getString(14)),
                            withEvidence ? evidence.decode(rs.getString(23), files) : List.of(), rs.getInt(15), FindingStatus.valueOf(rs.getString(16)),
                            rs.getString(17), ReviewState.valueOf(rs.getString(18)), rs.getString(19),
                            Instant.ofEpochMilli(rs.getLong(20)), Instant.ofEpochMilli(rs.getLong(21)),
                            rs.getString(22)));
                }
            }
        }
        return findings;
    }

    private static Map<Long, EvidenceCodec.FileRef> files(Connection connection) throws SQLException {
        Map<Long, EvidenceCodec.FileRef> files = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, file_name, file_sha256 FROM import_batch");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                files.put(rs.getLong(1), new EvidenceCodec.FileRef(rs.getString(2), rs.getString(3)));
            }
        }
        return files;
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    static List<String> indicators(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private List<ComparedValue> values(String json) throws SQLException {
        try {
            return mapper.readValue(json, VALUES);
        } catch (JsonProcessingException e) {
            throw new SQLException("The compared values of a stored finding could not be read", e);
        }
    }
}
