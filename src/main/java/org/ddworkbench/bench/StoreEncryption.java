package org.ddworkbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.h2.jdbcx.JdbcDataSource;

/**
 * What encryption costs the store: the same write-then-read workload on an H2 file store with {@code CIPHER=AES}
 * (as projects are kept) and without. The workload is shaped like the import's supplier-level values: one
 * transaction inserting rows of an observation-like table in batches, then, after closing and reopening the store
 * (so pages come from the file, decrypted), one scan reading every column. Plain JDBC on both sides, so the only
 * difference is the cipher. The data is generated, never a user's.
 */
final class StoreEncryption {
    /** The key of the throwaway encrypted store: an H2 file password, a space, then the user password. */
    private static final char[] PASSWORDS = "bench-file-key bench-user-key".toCharArray();
    private static final int BATCH = 1_000;
    private static final String[] METRICS = {"recruitment_fee", "weekly_hours", "wage_deductions", "documents_held",
        "overtime_voluntary", "debt_to_employer", "free_to_leave", "grievance_channel"};

    /** One side's time (best of its runs) and the store's size. */
    record Side(long nanos, long bytes) {
    }

    /** Both sides; the encrypted time over the plain one. */
    record Result(long rows, Side encrypted, Side plain) {
        double ratio() {
            return plain.nanos() > 0 ? (double) encrypted.nanos() / plain.nanos() : 0;
        }
    }

    /** Runs each side {@code runs} times, alternating so that load from elsewhere falls on both, and keeps each best. */
    Result measure(Path work, long rows, int runs) throws IOException, SQLException {
        long bestEncrypted = Long.MAX_VALUE;
        long bestPlain = Long.MAX_VALUE;
        long encryptedBytes = 0;
        long plainBytes = 0;
        for (int run = 0; run < runs; run++) {
            Path plain = Files.createDirectories(work.resolve("plain-" + run));
            bestPlain = Math.min(bestPlain, writeAndRead(plain, false, rows));
            plainBytes = BenchFolders.size(plain);
            BenchFolders.delete(plain);
            Path encrypted = Files.createDirectories(work.resolve("encrypted-" + run));
            bestEncrypted = Math.min(bestEncrypted, writeAndRead(encrypted, true, rows));
            encryptedBytes = BenchFolders.size(encrypted);
            BenchFolders.delete(encrypted);
        }
        return new Result(rows, new Side(bestEncrypted, encryptedBytes), new Side(bestPlain, plainBytes));
    }

    private static long writeAndRead(Path folder, boolean encrypted, long rows) throws SQLException {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + folder.resolve("store") + (encrypted ? ";CIPHER=AES" : "")
                + ";TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0");
        source.setUser("bench");
        source.setPasswordChars(encrypted ? PASSWORDS.clone() : "bench-user-key".toCharArray());
        long start = System.nanoTime();
        try (Connection connection = source.getConnection()) {
            write(connection, rows);
        }
        long read;
        try (Connection connection = source.getConnection()) {
            read = read(connection);
            try (Statement shutdown = connection.createStatement()) {
                shutdown.execute("SHUTDOWN");
            }
        }
        long nanos = System.nanoTime() - start;
        if (read != rows) {
            throw new SQLException("the scan read " + read + " of " + rows + " rows");
        }
        return nanos;
    }

    private static void write(Connection connection, long rows) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE bench_observation (id BIGINT AUTO_INCREMENT PRIMARY KEY, supplier_id BIGINT NOT NULL,"
                    + " metric_id VARCHAR(100) NOT NULL, number_value DOUBLE PRECISION, text_value VARCHAR(4000),"
                    + " observed_on DATE, sheet VARCHAR(200), source_row INT, source_column INT)");
        }
        connection.setAutoCommit(false);
        Random random = new Random(42);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_observation (supplier_id,"
                + " metric_id, number_value, text_value, observed_on, sheet, source_row, source_column)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (long row = 0; row < rows; row++) {
                insert.setLong(1, 1 + random.nextInt(10_000));
                insert.setString(2, METRICS[(int) (row % METRICS.length)]);
                if (row % 4 == 0) {
                    insert.setNull(3, java.sql.Types.DOUBLE);
                    insert.setString(4, random.nextBoolean() ? "yes" : "no");
                } else {
                    insert.setDouble(3, Math.round(random.nextDouble() * 7_000) / 10.0);
                    insert.setNull(4, java.sql.Types.VARCHAR);
                }
                insert.setObject(5, java.time.LocalDate.of(2025, 1, 1).plusDays(random.nextInt(180)));
                insert.setString(6, "Survey");
                insert.setInt(7, (int) (row / METRICS.length) + 2);
                insert.setInt(8, (int) (row % METRICS.length));
                insert.addBatch();
                if ((row + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
    }

    private static long read(Connection connection) throws SQLException {
        long rows = 0;
        try (Statement scan = connection.createStatement();
                ResultSet rs = scan.executeQuery("SELECT id, supplier_id, metric_id, number_value, text_value,"
                        + " observed_on, sheet, source_row, source_column FROM bench_observation")) {
            while (rs.next()) {
                for (int column = 1; column <= 9; column++) {
                    rs.getObject(column);
                }
                rows++;
            }
        }
        return rows;
    }
}
