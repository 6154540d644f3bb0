package org.ddworkbench.ingest.value;

/**
 * De-identifies worker-level values at import: stable pseudonymous keys, scrubbed free text, and banded
 * quasi-identifiers. Holds the project secret; never logs the values it sees.
 */
public interface Deidentifier {

    /** A stable key for counting distinct workers: HMAC-SHA256 of the normalised identifier with the project secret, hex. */
    String pseudonym(String identifier);

    /** Free text with e-mail addresses, phone numbers and ID-like numbers replaced by placeholders such as [phone]. */
    Scrubbed scrub(String freeText);

    /** The age band an age falls in, e.g. "18-24"; under 18 is "under-18". */
    String ageBand(int age);

    /** Scrubbed text and how many of each kind were removed. */
    record Scrubbed(String text, int emails, int phones, int idNumbers) {
        public int total() {
            return emails + phones + idNumbers;
        }
    }
}
