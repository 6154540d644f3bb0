package org.ddworkbench.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Encodes and decodes a chunk of worker-level rows. Format 1: a version byte, then a deflated body of the sheet
 * name, the slots (metric id and source column), the row count, and per row its sheet row number, supplier id,
 * respondent pseudonym, date and one tagged value per slot. Numbers use variable-length integers where they are
 * whole, so a chunk of 2,000 survey rows takes a few kilobytes.
 */
public final class WorkerChunkCodec {
    static final byte VERSION = 1;

    private static final int ABSENT = 0;
    private static final int FALSE = 1;
    private static final int TRUE = 2;
    private static final int DOUBLE = 3;
    private static final int WHOLE = 4;
    private static final int TEXT = 5;
    private static final int DATE = 6;

    private static final int NO_KEY = 0;
    private static final int HEX_KEY = 1;
    private static final int TEXT_KEY = 2;

    private final ChunkBuffer rows = new ChunkBuffer();
    private String sheet = "";
    private List<WorkerSlot> slots = List.of();
    private int rowCount;

    /** Starts a new chunk for rows of {@code sheet} laid out as {@code slots}; drops rows not yet finished. */
    public void begin(String sheet, List<WorkerSlot> slots) {
        this.sheet = sheet;
        this.slots = List.copyOf(slots);
        rows.reset();
        rowCount = 0;
    }

    public List<WorkerSlot> slots() {
        return slots;
    }

    public String sheet() {
        return sheet;
    }

    public int rowCount() {
        return rowCount;
    }

    /**
     * Adds one row; {@code values} has one entry per slot: {@code Double}, {@code Boolean}, {@code LocalDate},
     * {@code String} or null.
     */
    public void add(int row, long supplierId, String respondent, LocalDate observedOn, Object[] values) {
        if (values.length != slots.size()) {
            throw new IllegalArgumentException("a row needs one value per slot");
        }
        rows.varLong(row);
        rows.varLong(supplierId);
        writeRespondent(respondent);
        if (observedOn == null) {
            rows.put(0);
        } else {
            rows.put(1);
            rows.varLong(zigZag(observedOn.toEpochDay()));
        }
        for (Object value : values) {
            writeValue(value);
        }
        rowCount++;
    }

    /** The chunk's payload (version byte and deflated body); the encoder is ready for the next chunk of the same layout. */
    public byte[] finish() {
        ByteArrayOutputStream body = new ByteArrayOutputStream(rows.size() + 256);
        try (DataOutputStream out = new DataOutputStream(body)) {
            writeText(out, sheet);
            writeVarLong(out, slots.size());
            for (WorkerSlot slot : slots) {
                writeText(out, slot.metricId());
                writeVarLong(out, slot.column());
            }
            writeVarLong(out, rowCount);
            rows.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.reset();
        rowCount = 0;
        return deflate(body.toByteArray());
    }

    /** Decodes a payload and hands its rows, in order, to {@code consumer}. */
    public static void decode(long importId, byte[] payload, Consumer<WorkerRow> consumer) {
        if (payload.length == 0 || payload[0] != VERSION) {
            throw new IllegalStateException("Worker chunk of import " + importId + " has an unknown format");
        }
        byte[] body = inflate(payload, importId);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body))) {
            String sheet = readText(in);
            int slotCount = (int) readVarLong(in);
            List<WorkerSlot> slots = new ArrayList<>(slotCount);
            for (int i = 0; i < slotCount; i++) {
                slots.add(new WorkerSlot(readText(in), (int) readVarLong(in)));
            }
            List<WorkerSlot> layout = List.copyOf(slots);
            int rowCount = (int) readVarLong(in);
            for (int r = 0; r < rowCount; r++) {
                int row = (int) readVarLong(in);
                long supplierId = readVarLong(in);
                String respondent = readRespondent(in);
                LocalDate observedOn = in.readByte() == 0 ? null : LocalDate.ofEpochDay(unZigZag(readVarLong(in)));
                Object[] values = new Object[slotCount];
                for (int i = 0; i < slotCount; i++) {
                    values[i] = readValue(in);
                }
                consumer.accept(new WorkerRow(importId, sheet, row, supplierId, respondent, observedOn, layout, values));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Worker chunk of import " + importId + " is damaged", e);
        }
    }

    private void writeRespondent(String respondent) {
        if (respondent == null) {
            rows.put(NO_KEY);
        } else if (respondent.length() == 64 && isLowerHex(respondent)) {
            rows.put(HEX_KEY);
            rows.put(HexFormat.of().parseHex(respondent));
        } else {
            rows.put(TEXT_KEY);
            rows.text(respondent);
        }
    }

    private static String readRespondent(DataInputStream in) throws IOException {
        int tag = in.readByte();
        return switch (tag) {
            case NO_KEY -> null;
            case HEX_KEY -> {
                byte[] raw = new byte[32];
                in.readFully(raw);
                yield HexFormat.of().formatHex(raw);
            }
            case TEXT_KEY -> readText(in);
            default -> throw new IOException("unknown respondent tag " + tag);
        };
    }

    private void writeValue(Object value) {
        if (value == null) {
            rows.put(ABSENT);
        } else if (value instanceof Boolean b) {
            rows.put(b ? TRUE : FALSE);
        } else if (value instanceof Number n) {
            double d = n.doubleValue();
            long whole = (long) d;
            if (whole == d && Math.abs(whole) < (1L << 53) && !(d == 0 && 1 / d < 0)) {
                rows.put(WHOLE);
                rows.varLong(zigZag(whole));
            } else {
                rows.put(DOUBLE);
                rows.doubleBits(d);
            }
        } else if (value instanceof LocalDate date) {
            rows.put(DATE);
            rows.varLong(zigZag(date.toEpochDay()));
        } else if (value instanceof String text) {
            rows.put(TEXT);
            rows.text(text);
        } else {
            throw new IllegalArgumentException("unsupported worker value type " + value.getClass().getSimpleName());
        }
    }

    private static Object readValue(DataInputStream in) throws IOException {
        int tag = in.readByte();
        return switch (tag) {
            case ABSENT -> null;
            case FALSE -> Boolean.FALSE;
            case TRUE -> Boolean.TRUE;
            case DOUBLE -> in.readDouble();
            case WHOLE -> (double) unZigZag(readVarLong(in));
            case TEXT -> readText(in);
            case DATE -> LocalDate.ofEpochDay(unZigZag(readVarLong(in)));
            default -> throw new IOException("unknown value tag " + tag);
        };
    }

    private static boolean isLowerHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** Length-prefixed UTF-8, without {@link DataOutputStream#writeUTF}'s 64 KB limit. */
    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        writeVarLong(out, utf8.length);
        out.write(utf8);
    }

    private static String readText(DataInputStream in) throws IOException {
        long length = readVarLong(in);
        if (length > Integer.MAX_VALUE - 16) {
            throw new IOException("text too long");
        }
        byte[] utf8 = new byte[(int) length];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static void writeVarLong(DataOutputStream out, long value) throws IOException {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    private static long readVarLong(DataInputStream in) throws IOException {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readByte();
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw new EOFException("malformed number");
    }

    private static long zigZag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    private static long unZigZag(long value) {
        return (value >>> 1) ^ -(value & 1);
    }

    private static byte[] deflate(byte[] body) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(body);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
            out.write(VERSION);
            byte[] buffer = new byte[16 * 1024];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] payload, long importId) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(payload, 1, payload.length - 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length * 4);
            byte[] buffer = new byte[16 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("Worker chunk of import " + importId + " is truncated");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalStateException("Worker chunk of import " + importId + " is damaged", e);
        } finally {
            inflater.end();
        }
    }
}
