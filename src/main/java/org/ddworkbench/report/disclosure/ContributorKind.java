package org.ddworkbench.report.disclosure;

/** The unit a measure protects, which is what the minimum cell size counts. */
public enum ContributorKind {
    SUPPLIERS("supplier", "suppliers"),
    WORKERS("worker", "workers");

    private final String singular;
    private final String plural;

    ContributorKind(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    public String singular() {
        return singular;
    }

    public String plural() {
        return plural;
    }
}
