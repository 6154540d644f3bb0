package org.ddworkbench.proof.hostile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.ddworkbench.proof.TableDigests;
import org.ddworkbench.store.Project;

/**
 * The logical content of a project's store: every column of every table ({@link TableDigests}) and the head of
 * the activity log. Two equal snapshots mean nothing was added, removed or changed.
 *
 * @param tables per table name, its row count and digest
 * @param logHead the sequence number and hash of the last activity-log entry
 */
record ProjectSnapshot(Map<String, String> tables, String logHead) {

    static ProjectSnapshot of(Project project) throws SQLException {
        return project.inTransaction(c -> new ProjectSnapshot(TableDigests.of(c, column -> false), logHead(c)));
    }

    private static String logHead(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT seq, hash FROM activity_log ORDER BY seq DESC LIMIT 1");
                ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) + ":" + rs.getString(2) : "empty";
        }
    }
}
