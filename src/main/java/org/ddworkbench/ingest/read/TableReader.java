package org.ddworkbench.ingest.read;

import java.nio.file.Path;
import org.ddworkbench.ingest.FileRejectedException;
import org.ddworkbench.task.CancellationToken;

/** Streams the rows of one file format to a {@link RowHandler} in bounded memory. */
public interface TableReader {

    FileFormat format();

    /**
     * Reads {@code file}, offering every sheet to the handler in workbook order. Refuses corrupt,
     * hostile or unsupported files with a {@link FileRejectedException} naming the file (and sheet, row,
     * column where known); honours cancellation between rows.
     */
    void read(Path file, ReadOptions options, RowHandler handler, CancellationToken cancellation)
            throws FileRejectedException;
}
