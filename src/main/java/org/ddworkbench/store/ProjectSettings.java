package org.ddworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Named project settings (such as the as-of date checks measure from), read and written inside a transaction. */
public final class ProjectSettings {

    public Optional<String> get(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT val FROM project_setting WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Sets a setting, or with a null value removes it. */
    public void put(Connection connection, String name, String value) throws SQLException {
        if (value == null) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM project_setting WHERE name = ?")) {
                delete.setString(1, name);
                delete.executeUpdate();
            }
            return;
        }
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO project_setting (name, val) KEY (name) VALUES (?, ?)")) {
            merge.setString(1, name);
            merge.setString(2, value);
            merge.executeUpdate();
        }
    }
}
