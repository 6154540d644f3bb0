package org.ddworkbench.ingest.map;

import org.ddworkbench.ingest.value.IdentifierColumns;

/** The value package's identifier-column detector, as the suggester asks for it. */
public final class IdentifierColumnHeaders implements IdentifierHeaders {
    private final IdentifierColumns columns;

    public IdentifierColumnHeaders(IdentifierColumns columns) {
        this.columns = columns;
    }

    @Override
    public boolean isDirectIdentifier(String header) {
        return columns.looksLikeIdentifier(header);
    }

    @Override
    public boolean isStableKey(String header) {
        return columns.looksLikeStableKey(header);
    }
}
