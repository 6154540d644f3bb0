package org.ddworkbench.check;

import java.time.LocalDate;
import java.util.List;
import org.ddworkbench.store.CheckInputRepository.ImportEntry;
import org.ddworkbench.store.CheckInputRepository.SupplierMaster;

/**
 * Digests of everything a supplier's findings (or the project-wide findings) depend on, so a re-run can skip
 * what did not change. Imports are immutable once stored, so their ids stand for their data: importing or
 * undoing a file changes the ids a supplier's data comes from.
 */
final class InputDigests {
    /** Raise when rules or fact loading change meaning, so every supplier is checked again. */
    static final String ENGINE_VERSION = "ddw-check/1";

    private final String packFingerprint;
    private final LocalDate asOf;

    InputDigests(String packFingerprint, LocalDate asOf) {
        this.packFingerprint = packFingerprint;
        this.asOf = asOf;
    }

    private Digest seeded(String scope) {
        return new Digest().add(ENGINE_VERSION).add(packFingerprint).add(asOf).add(scope);
    }

    /** Over the engine version, pack and as-of date alone: when it changes, every supplier's inputs change. */
    String run() {
        return seeded("run").hex();
    }

    /**
     * @param imports sorted ids of the imports holding the supplier's data (null for none)
     * @param falsePositiveKeys sorted keys of its findings users set aside (null for none)
     */
    String supplier(SupplierMaster master, long[] imports, List<String> falsePositiveKeys) {
        Digest digest = seeded("supplier").add(master.id()).add(master.name()).add(master.country())
                .add(master.sector());
        digest.add("imports");
        if (imports != null) {
            for (long id : imports) {
                digest.add(id);
            }
        }
        digest.add("false-positives");
        if (falsePositiveKeys != null) {
            falsePositiveKeys.forEach(digest::add);
        }
        return digest.hex();
    }

    /** Over every import with its skipped-row count: which metrics have data changes only with the imports. */
    String project(List<ImportEntry> imports) {
        Digest digest = seeded("project");
        for (ImportEntry entry : imports) {
            digest.add(entry.id()).add(entry.rowsSkipped());
        }
        return digest.hex();
    }
}
