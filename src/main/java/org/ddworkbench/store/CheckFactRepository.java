package org.ddworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Streams the stored rows cross-checks read (supplier-level values, audits, uncertain mentions) for many
 * suppliers per query, in storage order, so a check never asks once per supplier.
 */
public final class CheckFactRepository {

    /** One supplier-level value as stored; {@code number} and {@code text} may be null. */
    public record ObservationRow(long importId, long supplierId, Long auditId, String kind, String metricId,
            Double number, String text, LocalDate observedOn, String sheet, int row, int column) {
    }

    /** One stored audit and its row. */
    public record AuditRow(long auditId, long importId, long supplierId, String site, LocalDate date, String scheme,
            String sheet, int row) {
    }

    /** One mention matched only uncertainly. */
    public record MentionRow(long importId, long supplierId, String sheet, int row) {
    }

    /** Receives rows one at a time. */
    @FunctionalInterface
    public interface RowSink<T> {
        void accept(T row) throws SQLException;
    }

    /**
     * The values of {@code supplierIds} (all suppliers when null), in no particular order: sorting half a million
     * rows in the store costs more than sorting each supplier's few dozen afterwards.
     */
    public void observations(Connection connection, Collection<Long> supplierIds, RowSink<ObservationRow> sink)
            throws SQLException {
        String sql = "SELECT import_id, supplier_id, audit_id, source_kind, metric_id, num_value, text_value,"
                + " observed_on, sheet, row_num, col_num FROM observation" + filter(supplierIds);
        try (PreparedStatement select = prepare(connection, sql, supplierIds); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Double number = rs.getObject(6) == null ? null : rs.getDouble(6);
                Long auditId = rs.getObject(3) == null ? null : rs.getLong(3);
                sink.accept(new ObservationRow(rs.getLong(1), rs.getLong(2), auditId, rs.getString(4),
                        rs.getString(5), number, rs.getString(7), rs.getObject(8, LocalDate.class), rs.getString(9),
                        rs.getInt(10), rs.getInt(11)));
            }
        }
    }

    /** The audits of {@code supplierIds} (all suppliers when null), by id. */
    public void audits(Connection connection, Collection<Long> supplierIds, RowSink<AuditRow> sink)
            throws SQLException {
        String sql = "SELECT id, import_id, supplier_id, site, audit_date, scheme, sheet, row_num FROM audit"
                + filter(supplierIds) + " ORDER BY id";
        try (PreparedStatement select = prepare(connection, sql, supplierIds); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                sink.accept(new AuditRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getInt(8)));
            }
        }
    }

    /** The mentions of {@code supplierIds} (all suppliers when null) still awaiting a match review, by id. */
    public void uncertainMentions(Connection connection, Collection<Long> supplierIds, RowSink<MentionRow> sink)
            throws SQLException {
        String sql = "SELECT import_id, supplier_id, sheet, row_num FROM supplier_mention"
                + " WHERE match_kind = 'UNCERTAIN'" + (supplierIds == null ? "" : " AND supplier_id = ANY(?)")
                + " ORDER BY id";
        try (PreparedStatement select = prepare(connection, sql, supplierIds); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                sink.accept(new MentionRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4)));
            }
        }
    }

    private static String filter(Collection<Long> supplierIds) {
        return supplierIds == null ? "" : " WHERE supplier_id = ANY(?)";
    }

    private static PreparedStatement prepare(Connection connection, String sql, Collection<Long> supplierIds)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        if (supplierIds != null) {
            statement.setObject(1, supplierIds.toArray(Long[]::new));
        }
        return statement;
    }
}
