package org.ddworkbench.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.ddworkbench.model.Sha256;

/** A SHA-256 over a sequence of fields, each ended by a unit separator so that no two sequences collide. */
final class Digest {
    private final MessageDigest sha256;

    Digest() {
        sha256 = Sha256.digest();
    }

    Digest add(Object field) {
        if (field != null) {
            sha256.update(field.toString().getBytes(StandardCharsets.UTF_8));
        } else {
            sha256.update((byte) 0);
        }
        sha256.update((byte) 0x1f);
        return this;
    }

    Digest add(long field) {
        return add(Long.toString(field));
    }

    /** The lower-case hex digest; the digest starts afresh. */
    String hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }
}
