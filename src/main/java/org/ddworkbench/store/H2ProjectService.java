package org.ddworkbench.store;

import java.nio.file.Path;
import org.ddworkbench.pack.LoadedPack;
import org.ddworkbench.pack.PackReader;

/** Placeholder until the store lands. */
public final class H2ProjectService implements ProjectService {
    private final PackReader packReader;

    public H2ProjectService(PackReader packReader) {
        this.packReader = packReader;
    }

    @Override
    public Project create(Path dir, String name, char[] passphrase, LoadedPack pack) throws ProjectException {
        throw new UnsupportedOperationException("not yet" + packReader);
    }

    @Override
    public Project open(Path dir, char[] passphrase) throws ProjectException {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void changePassphrase(Path dir, char[] oldPassphrase, char[] newPassphrase) throws ProjectException {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public boolean isProject(Path dir) {
        return false;
    }
}
