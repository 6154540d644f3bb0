package org.ddworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Saved report definitions as JSON by name; definitions describe what to show and hold no data. */
public final class ReportDefinitionRepository {

    /** Every saved definition's JSON by name, sorted by name. */
    public Map<String, String> all(Connection connection) throws SQLException {
        Map<String, String> all = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT name, definition_json FROM report_definition ORDER BY name");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                all.put(rs.getString(1), rs.getString(2));
            }
        }
        return all;
    }

    /** Saves or replaces the definition called {@code name}. */
    public void save(Connection connection, String name, String json, Instant at) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO report_definition (name, definition_json, saved_at) KEY (name) VALUES (?, ?, ?)")) {
            merge.setString(1, name);
            merge.setString(2, json);
            merge.setLong(3, at.toEpochMilli());
            merge.executeUpdate();
        }
    }

    /** Deletes the definition called {@code name}; returns whether there was one. */
    public boolean delete(Connection connection, String name) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM report_definition WHERE name = ?")) {
            delete.setString(1, name);
            return delete.executeUpdate() > 0;
        }
    }
}
