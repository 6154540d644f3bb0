package org.ddworkbench.report.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.ddworkbench.model.Sha256;

/**
 * Writes a file all at once or not at all: the content goes to a hidden temporary file in the target's folder,
 * is forced to disk, and is then renamed over the target, so an interrupted export leaves no partial file.
 */
public final class AtomicFile {

    /** Writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code target} from {@code content} and returns the SHA-256 of what was written, in hex. */
    public static String write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
        try {
            MessageDigest sha256 = Sha256.digest();
            try (DigestOutputStream digest = new DigestOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(temporary, StandardOpenOption.WRITE,
                            StandardOpenOption.TRUNCATE_EXISTING)), sha256)) {
                content.writeTo(new NonClosing(digest));
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            replace(temporary, absolute);
            temporary = null;
            return HexFormat.of().formatHex(sha256.digest());
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** Renames {@code from} over {@code to} in one step where the file system allows it. */
    public static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Keeps writers that close their stream (POI, PDFBox) from closing it before the digest is complete. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
