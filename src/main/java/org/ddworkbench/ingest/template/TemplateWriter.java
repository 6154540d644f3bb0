package org.ddworkbench.ingest.template;

import java.io.IOException;
import java.nio.file.Path;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.pack.LoadedPack;

/**
 * Writes blank import templates from a pack: an instructions sheet, data sheets with units in the headers,
 * drop-downs and ranges, locked headers, and a very hidden marker sheet naming pack and kind.
 */
public interface TemplateWriter {

    /** Name of the very hidden marker sheet (key in column A, value in column B). */
    String MARKER_SHEET = "_ddw";

    void write(LoadedPack pack, DataSourceKind kind, java.util.Locale locale, Path out) throws IOException;
}
