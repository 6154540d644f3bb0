package org.ddworkbench.store;

import java.nio.file.Path;

/** A backup file just written: where it is, its SHA-256 in hex and its size in bytes. */
public record BackupFile(Path file, String sha256, long bytes) {
}
