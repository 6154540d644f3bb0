package org.ddworkbench.store;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.ddworkbench.model.ActivityEntry;
import org.ddworkbench.model.ChainVerification;

/**
 * The activity log kept in the {@code activity_log} table. Appends are serialised by locking the project row
 * until the appending transaction ends, so two appends can never take the same seq or previous hash.
 */
final class H2ActivityLog implements ActivityLog {
    private static final String COLUMNS =
            "seq, at, action, summary, detail_json, pack_fingerprint, previous_hash, hash";

    private final StoreDatabase database;
    private final ObjectMapper mapper;
    private final Clock clock;

    H2ActivityLog(StoreDatabase database, ObjectMapper mapper, Clock clock) {
        this.database = database;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public ActivityEntry append(String action, String summary, String detailJson) throws SQLException {
        return database.inTransaction(connection -> append(connection, action, summary, detailJson));
    }

    @Override
    public ActivityEntry append(Connection connection, String action, String summary, String detailJson)
            throws SQLException {
        if (action == null || action.isBlank() || summary == null) {
            throw new IllegalArgumentException("An activity entry needs an action and a summary");
        }
        String detail = requireJsonObject(detailJson);
        String packFingerprint = lockProjectRow(connection);
        long seq = 1;
        String previousHash = ActivityHash.GENESIS;
        try (PreparedStatement last = connection.prepareStatement(
                "SELECT seq, hash FROM activity_log ORDER BY seq DESC FETCH FIRST ROW ONLY");
                ResultSet rs = last.executeQuery()) {
            if (rs.next()) {
                seq = rs.getLong(1) + 1;
                previousHash = rs.getString(2);
            }
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String hash = ActivityHash.of(seq, at, action, summary, detail, packFingerprint, previousHash);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO activity_log (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, seq);
            insert.setLong(2, at.toEpochMilli());
            insert.setString(3, action);
            insert.setString(4, summary);
            insert.setString(5, detail);
            insert.setString(6, packFingerprint);
            insert.setString(7, previousHash);
            insert.setString(8, hash);
            insert.executeUpdate();
        }
        return new ActivityEntry(seq, at, action, summary, detail, packFingerprint, previousHash, hash);
    }

    /** Locks the project row until the transaction ends and returns the fingerprint of the pack in use. */
    private static String lockProjectRow(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT pack_fingerprint FROM project WHERE id = 1 FOR UPDATE");
                ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("The project store has no project record to log against.");
            }
            return rs.getString(1);
        }
    }

    private String requireJsonObject(String detailJson) {
        if (detailJson == null) {
            return "{}";
        }
        try {
            JsonNode node = mapper.readTree(detailJson);
            if (node != null && node.isObject()) {
                return detailJson;
            }
        } catch (JacksonException e) {
            throw new IllegalArgumentException("An activity entry's detail must be a JSON object", e);
        }
        throw new IllegalArgumentException("An activity entry's detail must be a JSON object");
    }

    @Override
    public List<ActivityEntry> entries() throws SQLException {
        return database.inTransaction(connection -> {
            List<ActivityEntry> entries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM activity_log ORDER BY seq");
                    ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(read(rs));
                }
            }
            return entries;
        });
    }

    @Override
    public ChainVerification verify() throws SQLException {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM activity_log ORDER BY seq");
                    ResultSet rs = select.executeQuery()) {
                return verify(rs);
            }
        });
    }

    private static ChainVerification verify(ResultSet rs) throws SQLException {
        long expectedSeq = 1;
        String expectedPrevious = ActivityHash.GENESIS;
        long checked = 0;
        while (rs.next()) {
            ActivityEntry e = read(rs);
            checked++;
            if (e.seq() != expectedSeq) {
                return broken(checked, e.seq(), gapMessage(expectedSeq, e.seq()));
            }
            String recomputed = ActivityHash.of(e.seq(), e.at(), e.action(), e.summary(), e.detailJson(),
                    e.packFingerprint(), e.previousHash());
            if (!recomputed.equals(e.hash())) {
                return broken(checked, e.seq(),
                        "Entry " + e.seq() + " was changed after it was written: its content no longer matches its hash.");
            }
            if (!e.previousHash().equals(expectedPrevious)) {
                return broken(checked, e.seq(), "Entry " + e.seq() + " does not link to the entry before it.");
            }
            expectedPrevious = e.hash();
            expectedSeq++;
        }
        if (checked == 0) {
            return broken(0, 1, "The log is empty: even the entry recording the project's creation is missing.");
        }
        return new ChainVerification(true, checked, 0, "All " + checked + " entries are intact.");
    }

    /** Seqs come ordered and unique (primary key), so a mismatch is always a gap before {@code foundSeq}. */
    private static String gapMessage(long expectedSeq, long foundSeq) {
        String missing = foundSeq - 1 == expectedSeq
                ? "entry " + expectedSeq + " is missing"
                : "entries " + expectedSeq + " to " + (foundSeq - 1) + " are missing";
        String where = expectedSeq == 1
                ? "The log starts at entry " + foundSeq
                : "Entry " + foundSeq + " follows entry " + (expectedSeq - 1);
        return where + ": " + missing + ".";
    }

    private static ChainVerification broken(long checked, long seq, String message) {
        return new ChainVerification(false, checked, seq, message);
    }

    private static ActivityEntry read(ResultSet rs) throws SQLException {
        return new ActivityEntry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
