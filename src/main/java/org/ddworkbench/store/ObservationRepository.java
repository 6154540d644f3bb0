package org.ddworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ddworkbench.model.DataSourceKind;

/** Supplier-level values with their provenance (import, sheet, row, column). */
public final class ObservationRepository {

    /** A stored value joined with the file it came from. {@code numValue} and {@code textValue} may be null. */
    public record StoredObservation(long importId, DataSourceKind kind, String fileName, String fileSha256,
            String sheet, int row, int column, String metricId, Double numValue, String textValue,
            LocalDate observedOn) {
    }

    /**
     * Opens a batch of observation inserts taking: import id, supplier id, audit id (or null), source kind,
     * metric id, number (or null), text (or null), observed on (or null), sheet, row, zero-based column.
     */
    public BatchedInsert batch(Connection connection) throws SQLException {
        return new BatchedInsert(connection, "INSERT INTO observation (import_id, supplier_id, audit_id, source_kind,"
                + " metric_id, num_value, text_value, observed_on, sheet, row_num, col_num)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** Every supplier-level value of one supplier, by import, sheet and row. */
    public List<StoredObservation> forSupplier(Connection connection, long supplierId) throws SQLException {
        List<StoredObservation> values = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT o.import_id, o.source_kind, b.file_name,"
                + " b.file_sha256, o.sheet, o.row_num, o.col_num, o.metric_id, o.num_value, o.text_value, o.observed_on"
                + " FROM observation o JOIN import_batch b ON b.id = o.import_id WHERE o.supplier_id = ?"
                + " ORDER BY o.import_id, o.sheet, o.row_num, o.col_num")) {
            select.setLong(1, supplierId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Double number = rs.getObject(9) == null ? null : rs.getDouble(9);
                    values.add(new StoredObservation(rs.getLong(1), DataSourceKind.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7),
                            rs.getString(8), number, rs.getString(10), rs.getObject(11, LocalDate.class)));
                }
            }
        }
        return values;
    }
}
