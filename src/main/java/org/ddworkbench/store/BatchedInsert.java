package org.ddworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One prepared INSERT fed row by row and sent to the database in batches, because single-row inserts into the
 * encrypted store cost a round of locking and logging each.
 */
public final class BatchedInsert implements AutoCloseable {
    /** Rows per executeBatch. */
    public static final int BATCH_SIZE = 1_000;

    private final PreparedStatement statement;
    private int pending;
    private long rows;

    public BatchedInsert(Connection connection, String sql) throws SQLException {
        this.statement = connection.prepareStatement(sql);
    }

    /** Adds a row; parameters bind in order ({@code null} for SQL NULL). */
    public void add(Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        statement.addBatch();
        rows++;
        if (++pending >= BATCH_SIZE) {
            flush();
        }
    }

    public long rows() {
        return rows;
    }

    public void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    /** Closes the statement without sending what is left (the transaction is being rolled back). */
    public void abandon() throws SQLException {
        pending = 0;
        statement.close();
    }

    /** Sends what is left and closes the statement. */
    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
