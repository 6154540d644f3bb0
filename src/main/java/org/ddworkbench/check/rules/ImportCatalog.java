package org.ddworkbench.check.rules;

import java.util.Map;

/** The imports a run can cite as evidence, by id: file name and SHA-256. */
public record ImportCatalog(Map<Long, Entry> entries) {

    /** Shown for evidence whose import was undone since. */
    public static final Entry UNDONE = new Entry("(import undone)", "");

    public ImportCatalog {
        entries = Map.copyOf(entries);
    }

    public Entry entry(long importId) {
        return entries.getOrDefault(importId, UNDONE);
    }

    public record Entry(String fileName, String sha256) {
    }
}
