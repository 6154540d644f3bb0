package org.ddworkbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2 trigger on {@code activity_log} that refuses every UPDATE and DELETE, so entries can only be appended. */
public final class AppendOnlyTrigger implements Trigger {

    /** H2 creates the trigger through this constructor. */
    public AppendOnlyTrigger() {
        // No state: every call refuses.
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("The activity log is append-only: its entries cannot be changed or deleted.",
                "42000");
    }
}
