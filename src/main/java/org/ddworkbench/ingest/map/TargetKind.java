package org.ddworkbench.ingest.map;

/** Where a mapped column or row goes. */
public enum TargetKind {
    /** A {@link Field}; the target is the field's name. */
    FIELD,
    /** A metric of the pack; the target is the metric id. */
    METRIC,
    /** A direct identifier (name, phone, passport/ID number, e-mail, address): never stored. */
    IDENTIFIER,
    /** Not imported. */
    IGNORE
}
