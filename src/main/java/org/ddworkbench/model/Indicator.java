package org.ddworkbench.model;

import java.util.List;

/** One of the ILO indicators of forced labour, with the survey dimensions it belongs to. */
public record Indicator(String id, String label, String description, List<String> dimensions) {
    public Indicator {
        dimensions = List.copyOf(dimensions);
    }
}
