package org.ddworkbench.report.disclosure;

/** The unit a measure protects, which is what the minimum cell size counts. */
public enum ContributorKind {
    SUPPLIERS("suppliers"),
    WORKERS("workers");

    private final String plural;

    ContributorKind(String plural) {
        this.plural = plural;
    }

    public String plural() {
        return plural;
    }
}
