package org.ddworkbench.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ddworkbench.check.rules.ImportCatalog;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.EvidenceCell;
import org.ddworkbench.store.CheckInputRepository.ImportEntry;

/** The project's imports as a run sees them: the catalog rules cite files from, and each import's kind. */
final class KnownImports {
    private final List<ImportEntry> entries;
    private final ImportCatalog catalog;
    private final Map<Long, DataSourceKind> kinds = new HashMap<>();

    KnownImports(List<ImportEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<Long, ImportCatalog.Entry> files = new HashMap<>();
        for (ImportEntry entry : entries) {
            files.put(entry.id(), new ImportCatalog.Entry(entry.fileName(), entry.sha256()));
            kinds.put(entry.id(), DataSourceKind.valueOf(entry.kind()));
        }
        this.catalog = new ImportCatalog(files);
    }

    List<ImportEntry> entries() {
        return entries;
    }

    ImportCatalog catalog() {
        return catalog;
    }

    /** The import's kind; rows of an import no longer stored cannot be read, so any kind will do. */
    DataSourceKind kind(long importId) {
        return kinds.getOrDefault(importId, DataSourceKind.SUPPLIER_LIST);
    }

    /** A cell of import {@code importId}; column -1, metric and value null for a whole row. */
    EvidenceCell cell(long importId, DataSourceKind kind, String sheet, int row, int column, String metricId,
            String value) {
        ImportCatalog.Entry file = catalog.entry(importId);
        return new EvidenceCell(importId, kind, file.fileName(), file.sha256(), sheet, row, column, metricId, value);
    }
}
