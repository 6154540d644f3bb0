package org.ddworkbench.ingest.map;

/**
 * Tells which headers of a worker-level file name a direct identifier of a person, and which a stable
 * respondent or case key ({@link IdentifierColumnHeaders} asks the value package's detector).
 */
public interface IdentifierHeaders {

    /** Name, phone, passport or ID number, e-mail, home address, date of birth and the like: never stored. */
    boolean isDirectIdentifier(String header);

    /** A respondent, worker or case number that is stored only as a keyed hash. */
    boolean isStableKey(String header);
}
