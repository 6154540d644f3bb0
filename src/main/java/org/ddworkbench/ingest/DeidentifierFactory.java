package org.ddworkbench.ingest;

import org.ddworkbench.ingest.value.Deidentifier;

/** Makes the de-identifier keyed with a project's secret (which the caller wipes afterwards). */
@FunctionalInterface
public interface DeidentifierFactory {
    Deidentifier forSecret(byte[] secret);
}
