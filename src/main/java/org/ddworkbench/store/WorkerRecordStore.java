package org.ddworkbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Stores worker-level rows in compact chunks ({@link WorkerChunkCodec}) and reads them back as a stream, so a
 * million-row survey costs a few hundred inserts and bounded memory either way.
 */
public final class WorkerRecordStore {
    /** Rows per chunk: large enough to make inserts rare, small enough to keep a chunk in a few hundred KB. */
    public static final int ROWS_PER_CHUNK = 2_000;

    /** Starts writing rows of import {@code importId} on {@code connection} (inside the import's transaction). */
    public ChunkWriter writer(Connection connection, long importId) throws SQLException {
        return new ChunkWriter(connection, importId);
    }

    /**
     * Decodes the worker rows of one import ({@code importId > 0}) or of all imports ({@code 0}), in import and
     * row order, one chunk in memory at a time.
     */
    public void stream(Connection connection, long importId, Consumer<WorkerRow> consumer) throws SQLException {
        String sql = "SELECT import_id, payload FROM worker_chunk"
                + (importId > 0 ? " WHERE import_id = ?" : "") + " ORDER BY import_id, chunk_no";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (importId > 0) {
                select.setLong(1, importId);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    WorkerChunkCodec.decode(rs.getLong(1), payload(rs.getBlob(2)), consumer);
                }
            }
        }
    }

    /** Worker rows per supplier over all imports: supplier id → {rows, values}. */
    public Map<Long, long[]> tallies(Connection connection) throws SQLException {
        Map<Long, long[]> tallies = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT supplier_id, SUM(row_count), SUM(value_count) FROM worker_tally GROUP BY supplier_id");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                tallies.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
            }
        }
        return tallies;
    }

    private static byte[] payload(Blob blob) throws SQLException {
        try (InputStream in = blob.getBinaryStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new SQLException("A worker chunk could not be read", e);
        } finally {
            blob.free();
        }
    }

    /** Buffers rows into chunks and inserts each full chunk; {@link #finish()} writes the rest and the tallies. */
    public static final class ChunkWriter {
        private final Connection connection;
        private final long importId;
        private final WorkerChunkCodec codec = new WorkerChunkCodec();
        private final Map<Long, long[]> tally = new LinkedHashMap<>();
        private boolean started;
        private int chunkNo;
        private long rows;
        private long values;

        private ChunkWriter(Connection connection, long importId) {
            this.connection = connection;
            this.importId = importId;
        }

        /** Adds one row; a change of sheet or slot layout starts a new chunk. */
        public void add(String sheet, List<WorkerSlot> slots, int row, long supplierId, String respondent,
                LocalDate observedOn, Object[] rowValues) throws SQLException {
            if (!started || !codec.sheet().equals(sheet) || !codec.slots().equals(slots)) {
                flush();
                codec.begin(sheet, slots);
                started = true;
            }
            codec.add(row, supplierId, respondent, observedOn, rowValues);
            int present = 0;
            for (Object value : rowValues) {
                if (value != null) {
                    present++;
                }
            }
            long[] counts = tally.computeIfAbsent(supplierId, id -> new long[2]);
            counts[0]++;
            counts[1] += present;
            rows++;
            values += present;
            if (codec.rowCount() >= ROWS_PER_CHUNK) {
                flush();
            }
        }

        public long rows() {
            return rows;
        }

        public long values() {
            return values;
        }

        /** Writes the last chunk and the per-supplier tallies. */
        public void finish() throws SQLException {
            flush();
            if (tally.isEmpty()) {
                return;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO worker_tally (import_id, supplier_id, row_count, value_count) VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<Long, long[]> e : tally.entrySet()) {
                    insert.setLong(1, importId);
                    insert.setLong(2, e.getKey());
                    insert.setInt(3, (int) e.getValue()[0]);
                    insert.setLong(4, e.getValue()[1]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }

        private void flush() throws SQLException {
            if (!started || codec.rowCount() == 0) {
                return;
            }
            int count = codec.rowCount();
            byte[] payload = codec.finish();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO worker_chunk (import_id, chunk_no, row_count, payload) VALUES (?, ?, ?, ?)")) {
                insert.setLong(1, importId);
                insert.setInt(2, ++chunkNo);
                insert.setInt(3, count);
                insert.setBytes(4, payload);
                insert.executeUpdate();
            }
        }
    }
}
