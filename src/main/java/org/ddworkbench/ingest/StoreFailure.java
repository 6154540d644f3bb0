package org.ddworkbench.ingest;

import java.sql.SQLException;

/** Carries a store failure out of the reader's row callbacks, which cannot throw checked exceptions. */
final class StoreFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreFailure(SQLException cause) {
        super(cause);
    }

    SQLException sqlCause() {
        return (SQLException) getCause();
    }
}
