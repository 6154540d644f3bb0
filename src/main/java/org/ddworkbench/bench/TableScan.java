package org.ddworkbench.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.WorkerRecordStore;

/**
 * The baseline the check is measured against: reads every row of the tables the check reads (suppliers,
 * supplier-level values, audits, worker tallies) and decodes every worker chunk, doing nothing with the values
 * but count them.
 */
final class TableScan {
    /** What the scan read: rows of every table and worker row, and the values present in them. */
    record Result(long rows, long values) {
    }

    private final WorkerRecordStore workers = new WorkerRecordStore();

    Result scan(Project project) throws SQLException {
        return project.inTransaction(this::scan);
    }

    private Result scan(Connection connection) throws SQLException {
        long[] counts = new long[2];
        read(connection, "SELECT id, name, name_key, country, address, sector, tier, external_id FROM supplier", counts);
        read(connection, "SELECT id, import_id, supplier_id, site, audit_date, scheme, auditor_firm, sheet, row_num"
                + " FROM audit", counts);
        read(connection, "SELECT import_id, supplier_id, row_count, value_count FROM worker_tally", counts);
        try (PreparedStatement select = connection.prepareStatement("SELECT import_id, supplier_id, audit_id,"
                + " source_kind, metric_id, num_value, text_value, observed_on, sheet, row_num, col_num FROM observation");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                rs.getLong(1);
                rs.getLong(2);
                rs.getObject(3);
                rs.getString(4);
                rs.getString(5);
                double number = rs.getDouble(6);
                boolean hasNumber = !rs.wasNull();
                String text = rs.getString(7);
                rs.getObject(8, LocalDate.class);
                rs.getString(9);
                rs.getInt(10);
                rs.getInt(11);
                counts[0]++;
                if (hasNumber && !Double.isNaN(number) || text != null) {
                    counts[1]++;
                }
            }
        }
        workers.stream(connection, 0, row -> {
            counts[0]++;
            counts[1] += row.valueCount();
        });
        return new Result(counts[0], counts[1]);
    }

    private static void read(Connection connection, String sql, long[] counts) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rs = select.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getObject(c);
                }
                counts[0]++;
            }
        }
    }
}
