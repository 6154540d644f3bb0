package org.ddworkbench.model;

import java.util.List;

/**
 * The ILO rule of thumb for a "possible forced labour" flag: indicators in at least one of
 * {@code anyOfDimensions} together with a different indicator in {@code withDimension} (penalty or menace).
 *
 * @param minSeverity only findings at least this severe count, as the ILO counts strong indicators (red flags)
 * @param severity the severity of the flag raised
 */
public record CombinationRule(
        List<String> anyOfDimensions, String withDimension, Severity minSeverity, Severity severity) {
    public CombinationRule {
        anyOfDimensions = List.copyOf(anyOfDimensions);
    }
}
