package org.ddworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Named mapping profiles, stored as the JSON the ingest layer writes, so later files with the same headers reuse them. */
public final class MappingProfileRepository {

    /** A saved profile as stored. */
    public record StoredProfile(String name, String kind, String headerSignature, String json, Instant savedAt) {
    }

    /** Saves or replaces the profile called {@code name}. */
    public void save(Connection connection, StoredProfile profile) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement("MERGE INTO mapping_profile (name, kind,"
                + " header_signature, json, saved_at) KEY (name) VALUES (?, ?, ?, ?, ?)")) {
            merge.setString(1, profile.name());
            merge.setString(2, profile.kind());
            merge.setString(3, profile.headerSignature());
            merge.setString(4, profile.json());
            merge.setLong(5, profile.savedAt().toEpochMilli());
            merge.executeUpdate();
        }
    }

    /** All saved profiles, by name. */
    public List<StoredProfile> all(Connection connection) throws SQLException {
        List<StoredProfile> profiles = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT name, kind, header_signature, json, saved_at FROM mapping_profile ORDER BY name");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                profiles.add(new StoredProfile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Instant.ofEpochMilli(rs.getLong(5))));
            }
        }
        return profiles;
    }
}
