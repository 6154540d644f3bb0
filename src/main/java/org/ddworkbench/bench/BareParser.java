package org.ddworkbench.bench;

import java.io.IOException;
import java.nio.file.Path;

/** Reads a file with the same parser the import uses but does nothing with the cells: the baseline the import is measured against. */
@FunctionalInterface
public interface BareParser {

    /** Streams every cell of {@code file} and returns how many non-blank cells it saw. */
    long countCells(Path file) throws IOException;
}
