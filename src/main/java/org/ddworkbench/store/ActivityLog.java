package org.ddworkbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.ddworkbench.model.ActivityEntry;
import org.ddworkbench.model.ChainVerification;

/** The project's append-only, hash-chained record of every import, check, export, authorisation and deletion. */
public interface ActivityLog {

    /** Appends an entry in its own transaction. {@code detailJson} must be a JSON object holding no imported values. */
    ActivityEntry append(String action, String summary, String detailJson) throws SQLException;

    /** Appends an entry inside the caller's transaction, so the entry lands if and only if the work does. */
    ActivityEntry append(Connection connection, String action, String summary, String detailJson)
            throws SQLException;

    /** All entries, oldest first. */
    List<ActivityEntry> entries() throws SQLException;

    /** Re-computes every hash and link of the chain. */
    ChainVerification verify() throws SQLException;
}
