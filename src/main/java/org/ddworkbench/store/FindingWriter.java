package org.ddworkbench.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ddworkbench.model.Finding;

/**
 * The writes of one check run, queued and sent in batches; each finding carries its evidence in its own row.
 * Nothing here runs once per finding.
 */
public final class FindingWriter implements AutoCloseable {
    /** Findings queued before the batches are sent. */
    private static final int QUEUE_LIMIT = 500;

    private static final String FIELDS = "rule_id = ?, kind = ?, severity = ?, supplier_id = ?, supplier_name = ?,"
            + " country = ?, site = ?, period = ?, indicators = ?, title = ?, explanation = ?, values_json = ?,"
            + " evidence_json = ?, evidence_total = ?, content_hash = ?, pack_fingerprint = ?";

    private final Connection connection;
    private final long now;
    private final ObjectMapper mapper;
    private final EvidenceCodec evidence = new EvidenceCodec();
    private final List<Queued> inserts = new ArrayList<>();
    private final List<Queued> updates = new ArrayList<>();
    private final List<Long> touches = new ArrayList<>();
    private final List<Object[]> closes = new ArrayList<>();
    private int written;

    FindingWriter(Connection connection, Instant now, ObjectMapper mapper) {
        this.connection = connection;
        this.now = now.toEpochMilli();
        this.mapper = mapper;
    }

    private record Queued(long id, Finding finding, String contentHash) {
    }

    /** Queues a new open finding with its evidence. */
    public void insert(Finding finding, String contentHash) throws SQLException {
        inserts.add(new Queued(0, finding, contentHash));
        maybeFlush();
    }

    /** Queues new content (and evidence) for finding {@code id}, reopening it if it was closed. */
    public void update(long id, Finding finding, String contentHash) throws SQLException {
        updates.add(new Queued(id, finding, contentHash));
        maybeFlush();
    }

    /** Queues a note that finding {@code id} was found again unchanged. */
    public void touch(long id) throws SQLException {
        touches.add(id);
        maybeFlush();
    }

    /** Queues closing finding {@code id} with the reason. */
    public void close(long id, String reason) throws SQLException {
        closes.add(new Object[] {fit(reason, 1000), now, id});
        maybeFlush();
    }

    /** Findings inserted, updated, touched or closed so far. */
    public int written() {
        return written;
    }

    private void maybeFlush() throws SQLException {
        if (inserts.size() + updates.size() + touches.size() + closes.size() >= QUEUE_LIMIT) {
            flush();
        }
    }

    /** Sends everything queued. */
    public void flush() throws SQLException {
        written += inserts.size() + updates.size() + touches.size() + closes.size();
        if (!updates.isEmpty()) {
            try (BatchedInsert update = new BatchedInsert(connection, "UPDATE finding SET " + FIELDS
                    + ", status = 'OPEN', closed_reason = NULL, last_seen = ? WHERE id = ?")) {
                for (Queued queued : updates) {
                    Object[] fields = fields(queued.finding(), queued.contentHash());
                    Object[] row = Arrays.copyOf(fields, fields.length + 2);
                    row[fields.length] = now;
                    row[fields.length + 1] = queued.id();
                    update.add(row);
                }
            }
        }
        if (!inserts.isEmpty()) {
            insertAll();
        }
        if (!touches.isEmpty()) {
            try (BatchedInsert touch = new BatchedInsert(connection, "UPDATE finding SET last_seen = ? WHERE id = ?")) {
                for (long id : touches) {
                    touch.add(now, id);
                }
            }
        }
        if (!closes.isEmpty()) {
            try (BatchedInsert close = new BatchedInsert(connection,
                    "UPDATE finding SET status = 'CLOSED', closed_reason = ?, last_seen = ? WHERE id = ?")) {
                for (Object[] row : closes) {
                    close.add(row);
                }
            }
        }
        inserts.clear();
        updates.clear();
        touches.clear();
        closes.clear();
    }

    /** Inserts the queued new findings in one batch. */
    private void insertAll() throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO finding (rule_id, kind, severity,"
                + " supplier_id, supplier_name, country, site, period, indicators, title, explanation, values_json,"
                + " evidence_json, evidence_total, content_hash, pack_fingerprint, finding_key, status, first_seen,"
                + " last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)")) {
            for (Queued queued : inserts) {
                Object[] fields = fields(queued.finding(), queued.contentHash());
                for (int i = 0; i < fields.length; i++) {
                    insert.setObject(i + 1, fields[i]);
                }
                insert.setString(fields.length + 1, queued.finding().key());
                insert.setLong(fields.length + 2, now);
                insert.setLong(fields.length + 3, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private Object[] fields(Finding f, String contentHash) throws SQLException {
        return new Object[] {fit(f.ruleId(), 300), f.kind().name(), f.severity().name(), f.supplierId(),
            fit(f.supplierName(), 500), f.country(), fit(f.site(), 500), fit(f.period(), 30),
            fit(String.join(",", f.indicators()), 2000), fit(f.title(), 500), fit(f.explanation(), 4000),
            json(f), evidence.encode(f.evidence()), f.evidenceTotal(), contentHash, f.packFingerprint()};
    }

    private String json(Finding finding) throws SQLException {
        try {
            return mapper.writeValueAsString(finding.values());
        } catch (JsonProcessingException e) {
            throw new SQLException("The compared values of a finding could not be written", e);
        }
    }

    /** Cuts text to a column's width, so an unusually long label never fails a whole check. */
    private static String fit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    @Override
    public void close() throws SQLException {
        flush();
    }
}
