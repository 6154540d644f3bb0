package org.ddworkbench.store;

import java.nio.file.Path;

/**
 * The parts of an open project that are taken in order (store key, folder lock, database) and released
 * together in reverse, also when opening fails half-way.
 */
final class OpenStore implements AutoCloseable {
    private final StoreKey key;
    private ProjectLock lock;
    private StoreDatabase database;

    /** Takes ownership of {@code key}: it is wiped on close. */
    OpenStore(StoreKey key) {
        this.key = key;
    }

    void lock(Path folder) throws ProjectException {
        lock = ProjectLock.acquire(folder);
    }

    void createDatabase(Path folder) throws ProjectException {
        database = StoreDatabase.create(folder, key);
    }

    void openDatabase(Path folder) throws ProjectException {
        database = StoreDatabase.open(folder, key);
    }

    StoreKey key() {
        return key;
    }

    StoreDatabase database() {
        return database;
    }

    @Override
    public void close() {
        try {
            if (database != null) {
                database.close();
            }
        } finally {
            if (lock != null) {
                lock.close();
            }
            key.close();
        }
    }
}
