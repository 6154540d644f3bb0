package org.ddworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ddworkbench.model.ActionDraft;
import org.ddworkbench.model.ActionStatus;
import org.ddworkbench.model.CorrectiveAction;

/** Corrective actions opened from findings. */
public final class CorrectiveActionRepository {
    private static final String COLUMNS = "id, finding_id, supplier_id, description, owner, due_date, status,"
            + " evidence_notes, follow_up_audit, created_at, updated_at";

    /** Inserts an action on finding {@code findingId} of {@code supplierId} (null for project-wide). */
    public CorrectiveAction insert(Connection connection, long findingId, Long supplierId, ActionDraft draft,
            Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO corrective_action (finding_id,"
                + " supplier_id, description, owner, due_date, status, evidence_notes, follow_up_audit, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, findingId);
            insert.setObject(2, supplierId);
            bindDraft(insert, 3, draft);
            insert.setLong(9, at.toEpochMilli());
            insert.setLong(10, at.toEpochMilli());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return find(connection, keys.getLong(1)).orElseThrow();
            }
        }
    }

    /** Replaces the user's fields of action {@code id}; returns false when there is no such action. */
    public boolean update(Connection connection, long id, ActionDraft draft, Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE corrective_action SET description = ?,"
                + " owner = ?, due_date = ?, status = ?, evidence_notes = ?, follow_up_audit = ?, updated_at = ?"
                + " WHERE id = ?")) {
            bindDraft(update, 1, draft);
            update.setLong(7, at.toEpochMilli());
            update.setLong(8, id);
            return update.executeUpdate() == 1;
        }
    }

    public Optional<CorrectiveAction> find(Connection connection, long id) throws SQLException {
        List<CorrectiveAction> found = select(connection, " WHERE id = ?", id);
        return found.stream().findFirst();
    }

    /** Actions by due date, then id; of one supplier, or all when {@code supplierId} is null. */
    public List<CorrectiveAction> list(Connection connection, Long supplierId) throws SQLException {
        return supplierId == null ? select(connection, "", null) : select(connection, " WHERE supplier_id = ?", supplierId);
    }

    private static List<CorrectiveAction> select(Connection connection, String where, Long parameter)
            throws SQLException {
        List<CorrectiveAction> actions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM corrective_action"
                + where + " ORDER BY due_date, id")) {
            if (parameter != null) {
                select.setLong(1, parameter);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Long supplierId = rs.getObject(3) == null ? null : rs.getLong(3);
                    actions.add(new CorrectiveAction(rs.getLong(1), rs.getLong(2), supplierId, rs.getString(4),
                            rs.getString(5), rs.getObject(6, LocalDate.class), ActionStatus.valueOf(rs.getString(7)),
                            rs.getString(8), rs.getObject(9, LocalDate.class), Instant.ofEpochMilli(rs.getLong(10)),
                            Instant.ofEpochMilli(rs.getLong(11))));
                }
            }
        }
        return actions;
    }

    private static void bindDraft(PreparedStatement statement, int first, ActionDraft draft) throws SQLException {
        statement.setString(first, draft.description());
        statement.setString(first + 1, draft.owner());
        statement.setObject(first + 2, draft.dueDate());
        statement.setString(first + 3, draft.status().name());
        statement.setString(first + 4, draft.evidenceNotes() == null ? "" : draft.evidenceNotes());
        statement.setObject(first + 5, draft.followUpAuditDate());
    }
}
