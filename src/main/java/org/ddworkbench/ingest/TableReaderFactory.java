package org.ddworkbench.ingest;

import java.nio.file.Path;
import org.ddworkbench.ingest.read.TableReader;

/** Picks the reader for a file by its content (XLSX, XLS, CSV), refusing what none can read. */
@FunctionalInterface
public interface TableReaderFactory {
    TableReader forFile(Path file) throws FileRejectedException;
}
