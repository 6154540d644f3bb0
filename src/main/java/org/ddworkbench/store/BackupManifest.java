package org.ddworkbench.store;

import java.time.Instant;

/**
 * The {@code manifest.json} of a backup: what the archive holds and the digests of its two files. It names the
 * project and its pack but holds no imported data.
 */
record BackupManifest(String format, String projectName, String storeVersion, String packId, String packVersion,
        String packFingerprint, Instant createdAt, long storeBytes, String storeSha256, long keyBytes,
        String keySha256) {
    static final String FORMAT = "ddw-backup/1";
    static final String FILE_NAME = "manifest.json";
    static final String EXTENSION = ".ddwbackup";
}
