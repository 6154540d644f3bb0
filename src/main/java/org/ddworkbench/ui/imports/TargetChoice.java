package org.ddworkbench.ui.imports;

import org.ddworkbench.ingest.map.TargetKind;

/**
 * One place a column or question can go, as the mapping table offers it.
 *
 * @param target the field name or metric id; null for IGNORE and IDENTIFIER
 */
public record TargetChoice(TargetKind kind, String target, String label) {

    @Override
    public String toString() {
        return label;
    }
}
