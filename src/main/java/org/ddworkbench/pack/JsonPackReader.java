package org.ddworkbench.pack;

import java.io.InputStream;
import java.nio.file.Path;

/** Placeholder until the pack reader lands. */
public final class JsonPackReader implements PackReader {
    @Override
    public LoadedPack read(Path file) throws PackException {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public LoadedPack read(InputStream json, String sourceName) throws PackException {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public LoadedPack bundled() {
        throw new UnsupportedOperationException("not yet");
    }
}
