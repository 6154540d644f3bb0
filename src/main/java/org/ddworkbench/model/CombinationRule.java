package org.ddworkbench.model;

import java.util.List;

/**
 * The ILO rule of thumb for a "possible forced labour" flag: indicators in at least one of
 * {@code anyOfDimensions} together with an indicator in {@code withDimension} (penalty or menace).
 */
public record CombinationRule(List<String> anyOfDimensions, String withDimension, Severity severity) {
    public CombinationRule {
        anyOfDimensions = List.copyOf(anyOfDimensions);
    }
}
