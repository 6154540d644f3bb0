package org.ddworkbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * H2 trigger that refuses every UPDATE and DELETE on its table (the activity log, the privacy-budget ledger),
 * so rows can only be appended.
 */
public final class AppendOnlyTrigger implements Trigger {
    private String what = "table";

    /** H2 creates the trigger through this constructor and then calls {@link #init}. */
    public AppendOnlyTrigger() {
        // The table it guards is only known at init.
    }

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
            int type) {
        what = switch (tableName.toUpperCase(Locale.ROOT)) {
            case "ACTIVITY_LOG" -> "activity log";
            case "PRIVACY_RELEASE" -> "privacy-budget ledger";
            default -> tableName;
        };
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("The " + what + " is append-only: its entries cannot be changed or deleted.", "42000");
    }
}
