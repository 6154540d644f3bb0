package org.ddworkbench.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Accumulates what de-identification did to a file, by column name and count: never a value. */
final class DeidentificationTally {
    private final Set<String> dropped = new LinkedHashSet<>();
    private final Set<String> pseudonymised = new LinkedHashSet<>();
    private final Set<String> banded = new LinkedHashSet<>();
    private final Map<String, Integer> scrubbed = new LinkedHashMap<>();

    void dropped(String header) {
        dropped.add(header);
    }

    void pseudonymised(String header) {
        pseudonymised.add(header);
    }

    void banded(String header) {
        banded.add(header);
    }

    void scrubbed(String header, int removed) {
        if (removed > 0) {
            scrubbed.merge(header, removed, Integer::sum);
        }
    }

    DeidentificationSummary summary() {
        return new DeidentificationSummary(new ArrayList<>(dropped), new ArrayList<>(pseudonymised),
                new ArrayList<>(banded), scrubbed);
    }
}
