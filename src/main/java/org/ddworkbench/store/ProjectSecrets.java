package org.ddworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the project's random secret (made by the V2 migration) that keys worker pseudonyms. */
public final class ProjectSecrets {

    /** A copy of the 32-byte secret; the caller wipes it when done. */
    public byte[] read(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT secret FROM project_secret WHERE id = 1");
                ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("The project store has no pseudonym secret.");
            }
            return rs.getBytes(1);
        }
    }
}
