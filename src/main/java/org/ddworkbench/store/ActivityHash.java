package org.ddworkbench.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.ddworkbench.model.Sha256;

/**
 * Computes an activity-log entry's hash: SHA-256 over a domain tag, then seq and time as 8-byte numbers and each
 * text field as a 4-byte length followed by its UTF-8 bytes, so no two different entries share an encoding.
 */
final class ActivityHash {
    /** The previous hash of the first entry. */
    static final String GENESIS = "0".repeat(64);
    private static final String DOMAIN = "ddw-activity/1";

    private ActivityHash() {
    }

    static String of(long seq, Instant at, String action, String summary, String detailJson,
            String packFingerprint, String previousHash) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            text(out, DOMAIN);
            out.writeLong(seq);
            out.writeLong(at.toEpochMilli());
            text(out, action);
            text(out, summary);
            text(out, detailJson);
            text(out, packFingerprint);
            text(out, previousHash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Sha256.hex(bytes.toByteArray());
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
