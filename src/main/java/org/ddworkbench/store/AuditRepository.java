package org.ddworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/** Audits and their findings, each tied to the import and the sheet row it came from. */
public final class AuditRepository {

    /** Inserts an audit and returns its id. */
    public long insert(Connection connection, long importId, long supplierId, String site, LocalDate auditDate,
            String scheme, String auditorFirm, String sheet, int row) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit (import_id, supplier_id, site,"
                + " audit_date, scheme, auditor_firm, sheet, row_num) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, importId);
            insert.setLong(2, supplierId);
            insert.setString(3, site);
            insert.setObject(4, auditDate);
            insert.setString(5, scheme);
            insert.setString(6, auditorFirm);
            insert.setString(7, sheet);
            insert.setInt(8, row);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Opens a batch of finding inserts taking: audit id, import id, clause, description, severity as the scheme
     * writes it, internal severity (or null), status, sheet, row.
     */
    public BatchedInsert findings(Connection connection) throws SQLException {
        return new BatchedInsert(connection, "INSERT INTO audit_finding (audit_id, import_id, clause, description,"
                + " scheme_severity, severity, status, sheet, row_num) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }
}
