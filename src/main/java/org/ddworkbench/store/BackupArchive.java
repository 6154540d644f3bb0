package org.ddworkbench.store;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.ddworkbench.model.Sha256;
import org.ddworkbench.store.ProjectException.Reason;

/**
 * The backup file: a zip of exactly {@code manifest.json}, {@code project.key} (wrapped keys only) and
 * {@code store.mv.db} (the encrypted store, stored uncompressed so its size in the zip is its size on disk).
 * Reading accepts only those three names and bounds every size, so a hostile file can neither write outside
 * the new folder nor expand without limit.
 */
final class BackupArchive {
    private static final long MAX_SMALL_ENTRY = 64 * 1024;
    private static final Set<String> NAMES =
            Set.of(BackupManifest.FILE_NAME, KeyFile.FILE_NAME, StoreDatabase.FILE_NAME);

    private final ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /**
     * Writes the backup to {@code target} all at once or not at all (temporary file in the same folder, forced to
     * disk, renamed) and returns its SHA-256 and size.
     *
     * @param storeCopy opens a consistent copy of {@code store.mv.db}, still encrypted; it is read twice
     */
    BackupFile write(Path target, BackupManifest partial, byte[] keyFile, StoreCopy storeCopy) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        CRC32 crc = new CRC32();
        MessageDigest storeDigest = Sha256.digest();
        long storeBytes = digest(storeCopy, crc, storeDigest);
        BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, partial.projectName(),
                partial.storeVersion(), partial.packId(), partial.packVersion(), partial.packFingerprint(),
                partial.createdAt(), storeBytes, HexFormat.of().formatHex(storeDigest.digest()), keyFile.length,
                Sha256.hex(keyFile));
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
        try {
            MessageDigest fileDigest = Sha256.digest();
            try (DigestOutputStream out = new DigestOutputStream(
                    Files.newOutputStream(temporary, StandardOpenOption.TRUNCATE_EXISTING), fileDigest);
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(BackupManifest.FILE_NAME));
                zip.write(mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                zip.putNextEntry(new ZipEntry(KeyFile.FILE_NAME));
                zip.write(keyFile);
                ZipEntry store = new ZipEntry(StoreDatabase.FILE_NAME);
                store.setMethod(ZipEntry.STORED);
                store.setSize(storeBytes);
                store.setCompressedSize(storeBytes);
                store.setCrc(crc.getValue());
                zip.putNextEntry(store);
                try (InputStream in = storeCopy.open()) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            long size = Files.size(temporary);
            move(temporary, absolute);
            temporary = null;
            return new BackupFile(absolute, HexFormat.of().formatHex(fileDigest.digest()), size);
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * Checks {@code backup} and writes its key file and store into {@code folder}, each checked against the
     * manifest's size and SHA-256; returns the manifest.
     */
    BackupManifest extract(Path backup, Path folder) throws ProjectException {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            requireOnlyKnownEntries(backup, zip);
            BackupManifest manifest = readManifest(backup, zip);
            byte[] key = readSmall(backup, zip, KeyFile.FILE_NAME);
            if (key.length != manifest.keyBytes()
                    || !Sha256.hex(key).equals(manifest.keySha256())) {
                throw damaged(backup, "its key file does not match its manifest", null);
            }
            ZipEntry store = zip.getEntry(StoreDatabase.FILE_NAME);
            long fileSize = Files.size(backup);
            if (manifest.storeBytes() < 0 || manifest.storeBytes() > fileSize || store.getSize() != manifest.storeBytes()
                    || store.getMethod() != ZipEntry.STORED) {
                throw damaged(backup, "its store entry has an impossible size", null);
            }
            Files.write(folder.resolve(KeyFile.FILE_NAME), key, StandardOpenOption.CREATE_NEW);
            MessageDigest digest = Sha256.digest();
            long copied;
            try (InputStream in = zip.getInputStream(store);
                    OutputStream out = new DigestOutputStream(Files.newOutputStream(
                            folder.resolve(StoreDatabase.FILE_NAME), StandardOpenOption.CREATE_NEW), digest)) {
                copied = copyAtMost(in, out, manifest.storeBytes() + 1);
            }
            if (copied != manifest.storeBytes()
                    || !HexFormat.of().formatHex(digest.digest()).equals(manifest.storeSha256())) {
                throw damaged(backup, "its store does not match its manifest", null);
            }
            return manifest;
        } catch (ZipException e) {
            throw damaged(backup, "it is truncated, damaged or not a backup at all", e);
        } catch (IOException e) {
            throw new ProjectException(Reason.IO, "The backup " + backup + " could not be read or unpacked: "
                    + e.getMessage(), e);
        }
    }

    private static void requireOnlyKnownEntries(Path backup, ZipFile zip) throws ProjectException {
        Set<String> seen = new HashSet<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (!NAMES.contains(name) || !seen.add(name)) {
                throw notABackup(backup);
            }
        }
        if (!seen.equals(NAMES)) {
            throw notABackup(backup);
        }
    }

    private BackupManifest readManifest(Path backup, ZipFile zip) throws ProjectException, IOException {
        BackupManifest manifest;
        try {
            manifest = mapper.readValue(readSmall(backup, zip, BackupManifest.FILE_NAME), BackupManifest.class);
        } catch (JacksonException e) {
            throw damaged(backup, "its manifest cannot be read", e);
        }
        if (manifest == null || !BackupManifest.FORMAT.equals(manifest.format())) {
            throw damaged(backup, "it is of an unknown format, perhaps from a newer version", null);
        }
        if (manifest.storeSha256() == null || manifest.keySha256() == null || manifest.projectName() == null) {
            throw damaged(backup, "its manifest is incomplete", null);
        }
        return manifest;
    }

    private static byte[] readSmall(Path backup, ZipFile zip, String name) throws ProjectException, IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            byte[] bytes = in.readNBytes((int) MAX_SMALL_ENTRY + 1);
            if (bytes.length > MAX_SMALL_ENTRY) {
                throw damaged(backup, "its " + name + " is far larger than it can be", null);
            }
            return bytes;
        }
    }

    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while (total < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
            out.write(buffer, 0, read);
            total += read;
        }
        return total;
    }

    private static long digest(StoreCopy storeCopy, CRC32 crc, MessageDigest digest) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream in = storeCopy.open()) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                crc.update(buffer, 0, read);
                digest.update(buffer, 0, read);
                total += read;
            }
        }
        return total;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static ProjectException notABackup(Path backup) {
        return new ProjectException(Reason.NOT_A_PROJECT,
                "The file " + backup + " is not a Diligence Workbench backup.");
    }

    static ProjectException damaged(Path backup, String what, Throwable cause) {
        return new ProjectException(Reason.DAMAGED, "The backup " + backup + " cannot be restored: " + what + ".",
                cause);
    }

    /** Opens the store copy for reading, from its start each time. */
    @FunctionalInterface
    interface StoreCopy {
        InputStream open() throws IOException;
    }
}
