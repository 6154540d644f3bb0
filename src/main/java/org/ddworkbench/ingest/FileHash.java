package org.ddworkbench.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.ddworkbench.model.Sha256;
import org.ddworkbench.task.CancellationToken;

/** Computes a file's SHA-256 by streaming it, so any size hashes in constant memory. */
final class FileHash {
    private FileHash() {
    }

    static String sha256(Path file, CancellationToken cancellation) throws FileRejectedException {
        MessageDigest digest = Sha256.digest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                cancellation.throwIfCancelled();
            }
        } catch (NoSuchFileException e) {
            throw new FileRejectedException("The file " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new FileRejectedException("The file " + file + " could not be read.", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
