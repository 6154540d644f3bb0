package org.ddworkbench.pack;

import java.io.InputStream;
import java.nio.file.Path;

/** Reads metric packs strictly: any unknown field, wrong type, duplicate id or dangling reference is refused. */
public interface PackReader {

    /** Reads and validates a pack file. */
    LoadedPack read(Path file) throws PackException;

    /**
     * Reads and validates pack JSON from a stream.
     *
     * @param sourceName how to name the input in messages (a file name)
     */
    LoadedPack read(InputStream json, String sourceName) throws PackException;

    /** The pack bundled with the application, {@code forced-labour-core}. */
    LoadedPack bundled();
}
