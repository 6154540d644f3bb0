package org.ddworkbench.ingest;

import org.ddworkbench.ingest.map.MappingProfile;
import org.ddworkbench.model.DataSourceKind;

/**
 * What the user chose for an import.
 *
 * @param kind the kind of file, or null to detect it
 * @param mapping a mapping to use, or null to take the template's, a saved profile's, or a suggestion
 * @param skipInvalidRows import the valid rows and record the skipped ones, instead of refusing the file
 * @param replaceDuplicate when this exact file (same SHA-256) was imported before, undo that import and import again
 * @param saveMappingAs save the mapping used as a named profile, or null
 * @param workbookPassword password of an encrypted workbook, or null
 */
public record ImportOptions(
        DataSourceKind kind, MappingProfile mapping, boolean skipInvalidRows, boolean replaceDuplicate,
        String saveMappingAs, char[] workbookPassword) {

    public static final ImportOptions DEFAULTS = new ImportOptions(null, null, false, false, null, null);

    public ImportOptions withKind(DataSourceKind newKind) {
        return new ImportOptions(newKind, mapping, skipInvalidRows, replaceDuplicate, saveMappingAs, workbookPassword);
    }

    public ImportOptions withMapping(MappingProfile newMapping) {
        return new ImportOptions(kind, newMapping, skipInvalidRows, replaceDuplicate, saveMappingAs, workbookPassword);
    }

    public ImportOptions withSkipInvalidRows(boolean skip) {
        return new ImportOptions(kind, mapping, skip, replaceDuplicate, saveMappingAs, workbookPassword);
    }

    public ImportOptions withReplaceDuplicate(boolean replace) {
        return new ImportOptions(kind, mapping, skipInvalidRows, replace, saveMappingAs, workbookPassword);
    }

    public ImportOptions withSaveMappingAs(String name) {
        return new ImportOptions(kind, mapping, skipInvalidRows, replaceDuplicate, name, workbookPassword);
    }

    public ImportOptions withWorkbookPassword(char[] password) {
        return new ImportOptions(kind, mapping, skipInvalidRows, replaceDuplicate, saveMappingAs, password);
    }
}
