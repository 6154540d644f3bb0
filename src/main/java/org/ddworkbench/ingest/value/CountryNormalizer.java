package org.ddworkbench.ingest.value;

import java.util.Optional;

/** Resolves how people write countries ("US", "United States", "THA", "Viet Nam", " thailand ") to ISO 3166-1 alpha-2. */
public interface CountryNormalizer {

    /** The alpha-2 code, or empty when the text cannot be resolved with confidence (never a guess). */
    Optional<String> toAlpha2(String written);
}
