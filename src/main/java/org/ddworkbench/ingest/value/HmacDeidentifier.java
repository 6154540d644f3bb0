package org.ddworkbench.ingest.value;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * De-identifies worker-level values with the project secret: HMAC-SHA256 pseudonyms, free text scrubbed by
 * {@link TextScrubber}, and ages as bands.
 *
 * <p>Age bands are under-18, 18-24, then ten years wide up to 65+. Ten-year bands are wide enough that a
 * band at one site rarely holds only one or two workers (which would single them out in a small survey),
 * yet keep the distinctions the checks need: under-18 exactly (child labour), and 18-24, the young workers
 * that recruitment-fee and overtime risks fall on most, as in the usual youth age group of labour statistics.
 */
public final class HmacDeidentifier implements Deidentifier {
    /** The project secret's length: 256 bits, the output size of SHA-256, below which RFC 2104 keys are weakened. */
    public static final int SECRET_LENGTH = 32;

    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] secret;
    /** One MAC, reused: {@code doFinal} resets it; it is not thread-safe, so calls take turns (one import is one thread). */
    private final Mac mac;
    private final TextScrubber scrubber = new TextScrubber();

    /** @param secret the project's 32-byte secret; copied, so the caller may wipe its array */
    public HmacDeidentifier(byte[] secret) {
        if (secret == null || secret.length != SECRET_LENGTH) {
            throw new IllegalArgumentException("the project secret must be " + SECRET_LENGTH + " bytes");
        }
        this.secret = secret.clone();
        this.mac = newMac();
    }

    /**
     * {@inheritDoc} Normalisation first, so the same identifier typed differently gets the same key: full-width
     * forms folded, lower case, digits of any script as ASCII, spaces and dashes removed ("AB 123 456" =
     * "ab123456").
     *
     * @throws IllegalArgumentException when nothing is left after normalisation (a blank key would merge
     *     every blank respondent into one)
     */
    @Override
    public String pseudonym(String identifier) {
        String normalised = normalised(identifier);
        if (normalised.isEmpty()) {
            throw new IllegalArgumentException("a blank identifier has no pseudonym");
        }
        byte[] digest;
        synchronized (mac) {
            digest = mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest);
    }

    @Override
    public Scrubbed scrub(String freeText) {
        if (freeText == null || freeText.isEmpty()) {
            return new Scrubbed(freeText == null ? "" : freeText, 0, 0, 0);
        }
        return scrubber.scrub(freeText);
    }

    @Override
    public String ageBand(int age) {
        if (age < 0) {
            throw new IllegalArgumentException("an age cannot be negative");
        }
        if (age < 18) {
            return "under-18";
        }
        if (age < 25) {
            return "18-24";
        }
        if (age >= 65) {
            return "65+";
        }
        int lower = 25 + (age - 25) / 10 * 10;
        return lower + "-" + (lower + 9);
    }

    static String normalised(String identifier) {
        if (identifier == null) {
            return "";
        }
        return isPlainAscii(identifier) ? plainAsciiNormalised(identifier) : fullyNormalised(identifier);
    }

    /** The normalisation for any text; {@link #normalised} skips it for plain ASCII, where it changes nothing more. */
    static String fullyNormalised(String identifier) {
        // NFKC folds full-width letters and digits; the same bytes always come out, so the key stays stable.
        String compatible = Normalizer.normalize(identifier, Normalizer.Form.NFKC);
        String text = TextKeys.asciiDigits(TextKeys.plainSpaces(compatible)).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && Character.getType(c) != Character.DASH_PUNCTUATION) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Only ASCII letters, digits, spaces and hyphens: the common case, which NFKC and digit folding leave as is. */
    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** What the full normalisation gives for {@link #isPlainAscii} text: lower case, spaces and hyphens removed. */
    private static String plainAsciiNormalised(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '-') {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
        }
        return out.toString();
    }

    private Mac newMac() {
        try {
            Mac created = Mac.getInstance(ALGORITHM);
            created.init(new SecretKeySpec(secret, ALGORITHM));
            return created;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // Every Java runtime must provide HmacSHA256; a missing one is a broken installation, not user error.
            throw new IllegalStateException("this Java runtime cannot compute " + ALGORITHM, e);
        }
    }

    @Override
    public String toString() {
        // Never show the secret, not even in a log's view of this object.
        return "HmacDeidentifier[secret hidden]";
    }
}
