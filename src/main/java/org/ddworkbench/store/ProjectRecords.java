package org.ddworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.ddworkbench.pack.LoadedPack;

/** Writes and reads the project row and the metric pack in use. */
final class ProjectRecords {

    /** The project row joined with its pack, as stored. */
    record Stored(String name, Instant createdAt, String packFingerprint, String packId, String packVersion,
            String canonicalJson) {
    }

    private ProjectRecords() {
    }

    static void insert(Connection connection, String name, Instant createdAt, LoadedPack pack) throws SQLException {
        OffsetDateTime at = OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC);
        try (PreparedStatement insertPack = connection.prepareStatement("INSERT INTO metric_pack"
                + " (fingerprint, pack_id, pack_version, canonical_json, installed_at) VALUES (?, ?, ?, ?, ?)")) {
            insertPack.setString(1, pack.fingerprint());
            insertPack.setString(2, pack.pack().id());
            insertPack.setString(3, pack.pack().version());
            insertPack.setString(4, pack.canonicalJson());
            insertPack.setObject(5, at);
            insertPack.executeUpdate();
        }
        try (PreparedStatement insertProject = connection.prepareStatement(
                "INSERT INTO project (id, name, created_at, pack_fingerprint) VALUES (1, ?, ?, ?)")) {
            insertProject.setString(1, name);
            insertProject.setObject(2, at);
            insertProject.setString(3, pack.fingerprint());
            insertProject.executeUpdate();
        }
    }

    static Optional<Stored> load(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT p.name, p.created_at,"
                + " p.pack_fingerprint, m.pack_id, m.pack_version, m.canonical_json"
                + " FROM project p JOIN metric_pack m ON m.fingerprint = p.pack_fingerprint WHERE p.id = 1");
                ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Stored(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                    rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
        }
    }
}
