package org.ddworkbench.proof.hostile;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One bad file of the hostile corpus: its name (the file's name, so a failure says which file), the path it runs
 * through, a fragment the refusal must contain, and how to write it.
 */
record CorpusEntry(String category, String name, Route route, String expected, FileMaker maker) {

    /** Which part of the product reads the file. */
    enum Route {
        /** Import into the open project of a file the reader refuses: refused at preview and at commit. */
        IMPORT,
        /** Import of a file that reads but holds nothing to import: refused at preview, before any commit. */
        IMPORT_NO_DATA,
        /** Metric pack reading, as {@code ddw pack validate} does. */
        PACK,
        /** Aggregate packet reading and merging, as {@code ddw merge} does. */
        PACKET
    }

    /** Writes the file's bytes to the given path. */
    @FunctionalInterface
    interface FileMaker {
        void write(Path file) throws IOException;
    }

    /** Writes the file into {@code dir} under the entry's name. */
    Path writeIn(Path dir) throws IOException {
        Path file = dir.resolve(name);
        maker.write(file);
        return file;
    }

    @Override
    public String toString() {
        return category + ": " + name;
    }
}
