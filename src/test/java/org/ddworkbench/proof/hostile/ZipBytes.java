package org.ddworkbench.proof.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ddworkbench.ingest.read.HandMadeXlsx;

/** Edits zip files at the byte level, for the damage that java.util.zip refuses to write. */
final class ZipBytes {
    private static final int LOCAL_HEADER_SIZE = 30;

    private ZipBytes() {
    }

    /** Where the compressed data of entry {@code name} starts, found from its local file header. */
    static int dataOffset(byte[] zip, String name) {
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + LOCAL_HEADER_SIZE < zip.length; at++) {
            if (zip[at] == 'P' && zip[at + 1] == 'K' && zip[at + 2] == 3 && zip[at + 3] == 4
                    && shortAt(zip, at + 26) == wanted.length && matches(zip, at + LOCAL_HEADER_SIZE, wanted)) {
                return at + LOCAL_HEADER_SIZE + wanted.length + shortAt(zip, at + 28);
            }
        }
        throw new IllegalArgumentException("no entry " + name);
    }

    /**
     * The package with a second entry under exactly the name {@code name}: written under a stand-in name of the
     * same length, which is then renamed in place in both the local header and the central directory.
     */
    static byte[] withDuplicateEntry(HandMadeXlsx xlsx, String name, Path scratch) throws IOException {
        String standIn = name.substring(0, name.length() - 1) + "#";
        byte[] zip = Files.readAllBytes(xlsx.part(standIn, HandMadeXlsx.sheet("")).writeTo(scratch));
        byte[] from = standIn.getBytes(StandardCharsets.UTF_8);
        byte[] to = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + from.length <= zip.length; at++) {
            if (matches(zip, at, from)) {
                System.arraycopy(to, 0, zip, at, to.length);
            }
        }
        return zip;
    }

    private static int shortAt(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }

    private static boolean matches(byte[] bytes, int at, byte[] wanted) {
        if (at + wanted.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < wanted.length; i++) {
            if (bytes[at + i] != wanted[i]) {
                return false;
            }
        }
        return true;
    }
}
