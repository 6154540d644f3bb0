package org.ddworkbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ddworkbench.store.ProjectException.Reason;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The open, encrypted H2 store of one project: one connection kept for the project's life so the database
 * stays open, a pool handing out connections for transactions, and the mapping of H2 failures to messages.
 */
final class StoreDatabase implements AutoCloseable {
    static final String BASE_NAME = "store";
    static final String FILE_NAME = BASE_NAME + ".mv.db";
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final String USER = "DDW";
    private static final Logger LOG = Logger.getLogger(StoreDatabase.class.getName());

    private final Connection keeper;
    private final JdbcConnectionPool pool;
    private final char[] password;

    private StoreDatabase(Connection keeper, JdbcConnectionPool pool, char[] password) {
        this.keeper = keeper;
        this.pool = pool;
        this.password = password;
    }

    /** Creates a new, empty encrypted store in {@code folder}. */
    static StoreDatabase create(Path folder, StoreKey key) throws ProjectException {
        return connect(folder, key, false);
    }

    /**
     * Opens the existing store in {@code folder}. A missing, empty or foreign file is refused before H2 sees it,
     * and the store is first opened read-only to check it holds a project: H2 treats a store whose last chunk
     * is cut off as empty, and opening that read-write would overwrite what a recovery could still save.
     */
    static StoreDatabase open(Path folder, StoreKey key) throws ProjectException {
        checkLooksEncrypted(folder);
        probeReadOnly(folder, key);
        return connect(folder, key, true);
    }

    private static void probeReadOnly(Path folder, StoreKey key) throws ProjectException {
        String url = url(folder, ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r");
        char[] password = key.h2Password();
        JdbcDataSource dataSource = dataSource(url, password);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME IN ('flyway_schema_history', 'PROJECT')")) {
            if (!rs.next() || rs.getInt(1) != 2) {
                throw damaged(folder.resolve(FILE_NAME), "it holds no project data", null);
            }
        } catch (SQLException | RuntimeException e) {
            throw translate(folder, e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static StoreDatabase connect(Path folder, StoreKey key, boolean mustExist) throws ProjectException {
        String url = url(folder, mustExist ? ";IFEXISTS=TRUE" : "");
        char[] password = key.h2Password();
        JdbcDataSource dataSource = dataSource(url, password);
        try {
            Connection keeper = dataSource.getConnection();
            return new StoreDatabase(keeper, JdbcConnectionPool.create(dataSource), password);
        } catch (SQLException | RuntimeException e) {
            Arrays.fill(password, '\0');
            throw translate(folder, e);
        }
    }

    private static String url(Path folder, String options) throws ProjectException {
        if (folder.toString().indexOf(';') >= 0) {
            throw new ProjectException(Reason.IO, "The project folder " + folder + " has a ';' in its path, which"
                    + " the database cannot handle. Move or rename it.");
        }
        // No trace file: H2 writes it in plain text next to the store.
        return "jdbc:h2:file:" + folder.resolve(BASE_NAME)
                + ";CIPHER=AES;TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0" + options;
    }

    private static JdbcDataSource dataSource(String url, char[] password) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser(USER);
        dataSource.setPasswordChars(password);
        return dataSource;
    }

    private static void checkLooksEncrypted(Path folder) throws ProjectException {
        Path file = folder.resolve(FILE_NAME);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(ENCRYPTED_HEADER.length);
        } catch (NoSuchFileException e) {
            throw new ProjectException(Reason.DAMAGED, "The project " + folder + " is incomplete: its store file "
                    + FILE_NAME + " is missing. Restore the folder from a backup.", e);
        } catch (IOException e) {
            throw new ProjectException(Reason.IO, "The project store " + file + " could not be read.", e);
        }
        if (!Arrays.equals(head, ENCRYPTED_HEADER)) {
            throw damaged(file, "it is empty or not an encrypted project store", null);
        }
    }

    private static ProjectException translate(Path folder, Exception e) {
        Path file = folder.resolve(FILE_NAME);
        int code = e instanceof SQLException sql ? sql.getErrorCode() : 0;
        switch (code) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return ProjectLock.inUse(folder, e);
            case ErrorCode.FILE_ENCRYPTION_ERROR_1:
                return new ProjectException(Reason.DAMAGED, "The project store " + file + " cannot be decrypted:"
                        + " the key file does not match the store (or the store is damaged). Restore both files"
                        + " together from a backup.", e);
            case ErrorCode.DATABASE_NOT_FOUND_1:
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1:
                return new ProjectException(Reason.DAMAGED, "The project " + folder + " is incomplete: its store"
                        + " file " + FILE_NAME + " is missing. Restore the folder from a backup.", e);
            default:
                return damaged(file, null, e);
        }
    }

    static ProjectException damaged(Path file, String detail, Throwable cause) {
        return new ProjectException(Reason.DAMAGED, "The project store " + file + " is damaged"
                + (detail == null ? "" : " (" + detail + ")") + " and cannot be opened. Restore it from a backup.",
                cause);
    }

    DataSource dataSource() {
        return pool;
    }

    /**
     * Runs {@code work} on a pooled connection in one transaction: committed when it returns, rolled back when
     * it throws. Do not nest: an inner call would use a second connection and could wait on the outer one.
     */
    <T> T inTransaction(Project.SqlWork<T> work) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Closes every connection and the database file, then wipes the password from memory. */
    @Override
    public void close() {
        pool.dispose();
        try (Statement statement = keeper.createStatement()) {
            // SHUTDOWN closes the file even if a caller leaked a connection.
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The project store did not shut down cleanly", e);
        } finally {
            try {
                keeper.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "Closing the store connection after shutdown", e);
            }
            Arrays.fill(password, '\0');
        }
    }
}
