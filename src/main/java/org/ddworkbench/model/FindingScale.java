package org.ddworkbench.model;

import java.util.Map;

/** An audit scheme's finding scale (RBA, SMETA, amfori BSCI, SA8000) mapped to internal severities. */
public record FindingScale(String scheme, String label, Map<String, Severity> levels) {
    public FindingScale {
        levels = Map.copyOf(levels);
    }
}
