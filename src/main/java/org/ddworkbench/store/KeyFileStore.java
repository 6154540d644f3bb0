package org.ddworkbench.store;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ddworkbench.model.Sha256;
import org.ddworkbench.store.ProjectException.Reason;

/**
 * Reads {@code project.key} and replaces it atomically (write new, fsync, rename, fsync the folder). A replacement
 * may be staged first as {@code project.key.next}, so that it can be recorded before it takes effect.
 */
final class KeyFileStore {
    static final String TEMP_NAME = KeyFile.FILE_NAME + ".tmp";
    static final String STAGED_NAME = KeyFile.FILE_NAME + ".next";
    private static final long MAX_BYTES = 64 * 1024;
    private static final Logger LOG = Logger.getLogger(KeyFileStore.class.getName());

    private final ObjectMapper mapper;

    KeyFileStore() {
        // Unknown fields are tolerated so that a later version may add some without locking older ones out.
        this.mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    KeyFile read(Path folder) throws ProjectException {
        if (!Files.isDirectory(folder)) {
            throw new ProjectException(Reason.NOT_A_PROJECT, Files.exists(folder)
                    ? folder + " is not a folder."
                    : "The folder " + folder + " does not exist.");
        }
        byte[] json;
        try {
            Path file = folder.resolve(KeyFile.FILE_NAME);
            if (Files.size(file) > MAX_BYTES) {
                throw damaged(folder, "is damaged: it is far larger than a key file can be", null);
            }
            json = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectException(Reason.NOT_A_PROJECT,
                    folder + " is not a Diligence Workbench project (no " + KeyFile.FILE_NAME + ").", e);
        } catch (IOException e) {
            throw new ProjectException(Reason.IO,
                    "The key file " + KeyFile.FILE_NAME + " in " + folder + " could not be read.", e);
        }
        KeyFile keyFile;
        try {
            keyFile = mapper.readValue(json, KeyFile.class);
        } catch (JacksonException e) {
            throw damaged(folder, "is damaged and cannot be read", e);
        } catch (IOException e) {
            throw new ProjectException(Reason.IO,
                    "The key file " + KeyFile.FILE_NAME + " in " + folder + " could not be read.", e);
        }
        if (keyFile == null || !KeyFile.FORMAT.equals(keyFile.format())) {
            throw damaged(folder, "is damaged or was written by a newer version (unknown format)", null);
        }
        return keyFile;
    }

    /** Replaces {@code project.key} so that a crash leaves either the old or the new file, never a mix. */
    void write(Path folder, KeyFile keyFile) throws IOException {
        writeAtomically(folder, KeyFile.FILE_NAME, json(keyFile));
    }

    /** Writes {@code keyFile} durably as {@code project.key.next}; returns the SHA-256 (hex) of its bytes. */
    String stage(Path folder, KeyFile keyFile) throws IOException {
        byte[] json = json(keyFile);
        writeAtomically(folder, STAGED_NAME, json);
        return Sha256.hex(json);
    }

    /**
     * The staged key file, if there is one: its SHA-256 and, when it can be read as a key file, its contents
     * (empty for a damaged one, which then can only be discarded).
     */
    Optional<Staged> staged(Path folder) throws IOException {
        Path file = folder.resolve(STAGED_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        byte[] json = Files.size(file) > MAX_BYTES ? new byte[0] : Files.readAllBytes(file);
        Optional<KeyFile> keyFile;
        try {
            keyFile = Optional.ofNullable(mapper.readValue(json, KeyFile.class))
                    .filter(k -> KeyFile.FORMAT.equals(k.format()));
        } catch (JacksonException e) {
            keyFile = Optional.empty();
        }
        return Optional.of(new Staged(keyFile, Sha256.hex(json)));
    }

    /** Moves the staged key file into place as {@code project.key}. */
    void promote(Path folder) throws IOException {
        Files.move(folder.resolve(STAGED_NAME), folder.resolve(KeyFile.FILE_NAME),
                StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory(folder);
    }

    /** Removes a staged key file that was never recorded. */
    void discard(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(STAGED_NAME));
        forceDirectory(folder);
    }

    private byte[] json(KeyFile keyFile) throws IOException {
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(keyFile);
    }

    private static void writeAtomically(Path folder, String name, byte[] json) throws IOException {
        Path temp = folder.resolve(TEMP_NAME);
        try {
            try (FileChannel channel = FileChannel.open(temp, CREATE, TRUNCATE_EXISTING, WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(json);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        forceDirectory(folder);
    }

    /** Makes the rename durable; some platforms (Windows) cannot open a folder as a channel, which is fine. */
    private static void forceDirectory(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.log(Level.FINE, "This platform cannot fsync a folder; the rename is atomic regardless", e);
        }
    }

    /** A staged {@code project.key.next}: its contents when readable, and the SHA-256 of its bytes. */
    record Staged(Optional<KeyFile> keyFile, String sha256) {
    }

    static ProjectException damaged(Path folder, String what, Throwable cause) {
        return new ProjectException(Reason.DAMAGED,
                "The key file " + KeyFile.FILE_NAME + " in " + folder + " " + what + ".", cause);
    }
}
